package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.online.Online;
import org.somaagent.sa01.engine.online.OnlineRevision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/** {@code --sql} stays runnable with psql -f: a non-transactional revision's statements are not put in a transaction, which would refuse them. */
class SqlScriptTest {

    @Test
    void aNonTransactionalRevisionIsPrintedWithoutBeginAndCommit() {
        var table = DSL.table(DSL.name("t"));
        var column = DSL.field(DSL.name("t", "c"));
        RevisionGraph graph = RevisionGraph.of(List.of(
                OnlineRevision.of("0001_t", null, "t", Online.statements(List.of(DSL.createTable(table).column("c", org.jooq.impl.SQLDataType.INTEGER)), List.of(DSL.dropTable(table)))),
                OnlineRevision.of("0002_t_c_idx", "0001_t", "index", Online.createIndexConcurrently(Online.index("t_c_idx", table, column)))));
        assertThat(SqlScript.upgrade(graph, 2)).isEqualTo("""
                -- upgrade 0001_t (parent: base): t
                begin;
                create table "t" ("c" int);
                commit;

                -- upgrade 0002_t_c_idx (parent: 0001_t): index
                -- not transactional: each statement commits on its own
                create index concurrently if not exists "t_c_idx" on "t"("c");

                """);
        assertThat(SqlScript.downgrade(graph, 2, 1)).isEqualTo("""
                -- downgrade 0002_t_c_idx (parent: 0001_t): index
                -- not transactional: each statement commits on its own
                drop index concurrently if exists "t_c_idx";

                """);
    }
}
