package org.somaagent.sa01.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/** A scratch revision set of trivial revisions, each one small table: what the per-revision overhead is measured on. */
final class TrivialRevisions {

    private TrivialRevisions() {}

    record Trivial(int n) implements Revision {
        public String id() { return String.format("%04d_bench_%d", n, n); }
        public Optional<String> parent() { return n == 1 ? Optional.empty() : Optional.of(String.format("%04d_bench_%d", n - 1, n - 1)); }
        public String description() { return "trivial " + n; }
        public List<Query> upgrade() { return List.of(query(SqlRenderer.offline(), n)); }
        public List<Query> downgrade() { return List.of(DSL.dropTable("bench_" + n)); }
    }

    static Query query(DSLContext dsl, int n) {
        return dsl.createTable("bench_" + n).column("id", SQLDataType.INTEGER);
    }

    static List<Revision> of(int count) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            revisions.add(new Trivial(i));
        }
        return revisions;
    }

    /** The floor: the same statements, each in its own transaction, no runner. */
    static void executeRaw(Connection connection, int count) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (int i = 1; i <= count; i++) {
                s.execute(SqlRenderer.render(query(SqlRenderer.offline(), i)));
            }
        }
    }
}
