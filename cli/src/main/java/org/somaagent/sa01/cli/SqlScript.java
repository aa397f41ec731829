package org.somaagent.sa01.cli;

import java.util.List;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * The offline {@code --sql} output: each revision's statements in a transaction of its own (a
 * non-transactional revision's in autocommit), runnable with psql -f.
 */
final class SqlScript {

    private SqlScript() {}

    static String upgrade(RevisionGraph graph, int toLevel) {
        return render(graph.between(0, toLevel), true);
    }

    static String downgrade(RevisionGraph graph, int fromLevel, int toLevel) {
        return render(graph.between(toLevel, fromLevel).reversed(), false);
    }

    private static String render(List<Revision> revisions, boolean up) {
        StringBuilder s = new StringBuilder();
        for (Revision r : revisions) {
            s.append("-- ").append(up ? "upgrade " : "downgrade ").append(r.id())
                    .append(" (parent: ").append(r.parent().orElse("base")).append("): ").append(r.description()).append('\n');
            // A non-transactional revision (CREATE INDEX CONCURRENTLY) fails inside begin/commit: its statements commit one by one.
            String statements = up ? Checksums.upgradeScript(r) : Checksums.downgradeScript(r);
            s.append(r.transactional() ? "begin;\n" + statements + "commit;\n\n" : "-- not transactional: each statement commits on its own\n" + statements + "\n");
        }
        return s.toString();
    }
}
