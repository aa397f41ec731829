package org.somaagent.sa01.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The seeded tables' rows as jsonb text without their timestamps (those record when, not what). */
public final class SeedRowsSnapshot {

    private static final List<String> SEEDED = List.of("multimodal_capabilities", "prompts", "tool_catalog");

    private SeedRowsSnapshot() {}

    public static Set<String> of(TestDatabase db) {
        DSLContext dsl = db.dsl();
        Set<String> rows = new TreeSet<>();
        for (String table : SEEDED) {
            rows.addAll(dsl.fetch("select {0} || ' ' || (to_jsonb(t) - 'created_at' - 'updated_at')::text from {1} t",
                    DSL.inline(table), DSL.name(table)).getValues(0, String.class));
        }
        return rows;
    }
}
