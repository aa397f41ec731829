package org.somaagent.sa01.engine.runner;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.connect.SqlFailures;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.VersionTable.Operation;

/**
 * {@code stamp TARGET}: make the version table say the database is at TARGET without running any
 * revision: the repair tool for a version table that does not match the schema. Rows for the chain
 * up to TARGET are written with the code's checksums; rows beyond it, or unknown, are removed.
 */
public final class StampOperation {

    private static final Logger LOG = LoggerFactory.getLogger(StampOperation.class);

    private StampOperation() {}

    public static Optional<String> run(RunnerSession session, String target) {
        try (AdvisoryLock lock = session.lock()) {
            VersionTable versions = session.versionTable();
            Map<String, AppliedRevision> applied = versions.applied();
            int targetLevel = session.graph().resolve(target, Math.min(applied.size(), session.graph().chain().size()));
            session.transaction(true, () -> rewrite(session, versions, applied, target, targetLevel));
            Optional<String> at = session.idAtLevel(targetLevel);
            Map<String, String> takenOver = versions.takenOver();
            LOG.info("stamp: the version table now says the database is at {}; no revision was run{}", at.orElse("base"),
                    takenOver.isEmpty() ? "" : "; still taken over: " + String.join(", ", takenOver.entrySet().stream()
                            .map(e -> e.getKey() + " (from " + e.getValue() + ")").toList()));
            return at;
        } catch (SQLException e) {
            throw MigrationException.failed("stamp failed and was rolled back: " + SqlFailures.reason(session.config().dsn(), e));
        }
    }

    private static Void rewrite(RunnerSession session, VersionTable versions, Map<String, AppliedRevision> applied,
                                String target, int targetLevel) {
        if (!versions.exists()) {
            versions.create();
        }
        RevisionGraph graph = session.graph();
        for (AppliedRevision row : applied.values()) {
            boolean keep = graph.contains(row.revisionId())
                    && graph.level(Optional.of(row.revisionId())) <= targetLevel
                    && graph.matches(graph.chain().get(graph.level(Optional.of(row.revisionId())) - 1), row.checksum());
            if (!keep) {
                versions.remove(Operation.STAMP, row.revisionId(), "removed by stamp " + target, row.checksum(), 0);
            }
        }
        Map<String, AppliedRevision> kept = versions.applied();
        for (Revision revision : graph.between(0, targetLevel)) {
            if (!kept.containsKey(revision.id())) {
                versions.add(Operation.STAMP, revision.id(), revision.description(), revision.description(), Rendering.of(revision), 0);
            }
        }
        return null;
    }
}
