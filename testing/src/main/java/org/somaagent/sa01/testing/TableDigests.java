package org.somaagent.sa01.testing;

import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** An md5 over each table's rows in order: equal digests, unchanged rows. */
public final class TableDigests {

    private TableDigests() {}

    public static Map<String, String> of(TestDatabase db) {
        DSLContext dsl = db.dsl();
        Map<String, String> digests = new TreeMap<>();
        for (String table : dsl.fetch("select tablename from pg_tables where schemaname = 'public' and tablename not like 'schema_version%'")
                .getValues(0, String.class)) {
            digests.put(table, dsl.fetchValue("select coalesce(md5(string_agg(t::text, '|' order by t::text)), 'empty') from {0} t",
                    DSL.name(table)).toString());
        }
        return digests;
    }
}
