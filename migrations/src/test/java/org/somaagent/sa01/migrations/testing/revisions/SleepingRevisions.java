package org.somaagent.sa01.migrations.testing.revisions;

import java.util.List;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.testing.TestRevision;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;

/** A revision that creates a table, then sleeps in PostgreSQL ({@code SA01_TEST_SLEEP_SECONDS}, default 60): something to kill. */
public final class SleepingRevisions implements ExtendsSa01 {

    public static final String SLOW = "0002_slow";

    @Override
    public List<Revision> revisions() {
        String seconds = System.getenv().getOrDefault("SA01_TEST_SLEEP_SECONDS", "60");
        return List.of(new R0001InitialSchema(),
                TestRevision.of(SLOW, "0001_initial_schema",
                        dsl -> List.of(dsl.createTable("slow_table").column("id", SQLDataType.INTEGER),
                                dsl.query("select pg_sleep({0})", DSL.inline(Integer.parseInt(seconds)))),
                        dsl -> List.of(dsl.dropTable("slow_table"))));
    }
}
