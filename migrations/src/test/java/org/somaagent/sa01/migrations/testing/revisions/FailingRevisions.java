package org.somaagent.sa01.migrations.testing.revisions;

import static org.jooq.impl.DSL.name;

import java.util.List;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.testing.TestRevision;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;

/** The real initial revision, a good one after it, and one that fails halfway: the database must stay at the good one. */
public final class FailingRevisions implements ExtendsSa01 {

    public static final String GOOD = "0002_add_release_notes";
    public static final String BROKEN = "0003_broken";

    @Override
    public List<Revision> revisions() {
        return List.of(new R0001InitialSchema(),
                TestRevision.of(GOOD, "0001_initial_schema",
                        dsl -> List.of(dsl.createTable("release_notes").column("id", SQLDataType.INTEGER).column("body", SQLDataType.CLOB)),
                        dsl -> List.of(dsl.dropTable("release_notes"))),
                TestRevision.of(BROKEN, GOOD,
                        dsl -> List.of(dsl.createTable("half_done").column("id", SQLDataType.INTEGER),
                                dsl.alterTable("release_notes").addColumn(name("author"), SQLDataType.CLOB),
                                dsl.query("select 1 / 0")),
                        dsl -> List.of()));
    }
}
