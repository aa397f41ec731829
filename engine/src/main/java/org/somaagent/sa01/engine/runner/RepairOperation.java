package org.somaagent.sa01.engine.runner;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.connect.SqlFailures;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;

/**
 * {@code repair} (Flyway's is the anchor): when a jOOQ upgrade renders applied revisions
 * differently, their stored checksums stop every run. Once the live schema is shown to equal what
 * the applied revisions define (the model at head, compared as {@code check} does), each stored
 * rendering (checksum, SQL, jOOQ version) that differs from this build's is replaced, and each
 * replacement is logged. Refused when the schema differs: then the checksums are telling the truth.
 */
public final class RepairOperation {

    private static final Logger LOG = LoggerFactory.getLogger(RepairOperation.class);

    private RepairOperation() {}

    /** The ids of the revisions whose stored rendering was replaced. */
    public static List<String> run(RunnerSession session, SchemaDef model) {
        try (AdvisoryLock lock = session.lock()) {
            VersionTable versions = session.versionTable();
            Map<String, AppliedRevision> applied = versions.applied();
            requireAtHead(session, applied);
            List<Difference> differences = CheckOperation.compare(session, model);
            if (!differences.isEmpty()) {
                throw MigrationException.failed("repair refused: the database differs from what its revisions define in "
                        + differences.size() + " place(s), first: " + differences.get(0).describe()
                        + "; the stored checksums may be right: run 'sa01-migrate check', fix the schema or the revision, then repair");
            }
            List<String> repaired = new ArrayList<>();
            session.transaction(true, () -> {
                for (Revision revision : session.graph().chain()) {
                    AppliedRevision row = applied.get(revision.id());
                    Rendering rendering = Rendering.of(revision);
                    if (!rendering.checksum().equals(row.checksum()) || !row.sql().equals(Optional.of(rendering.sql()))) {
                        versions.rerender(revision.id(), "repair: stored the rendering of " + rendering.renderer() + " in place of checksum "
                                + row.checksum().substring(0, 12) + "... (" + row.renderedBy().orElse("renderer not recorded") + ")", rendering);
                        repaired.add(revision.id());
                    }
                }
                return null;
            });
            LOG.info("repair: {} revision(s) now stored as this build renders them{}", repaired.size(),
                    repaired.isEmpty() ? "" : ": " + String.join(", ", repaired));
            return repaired;
        } catch (SQLException e) {
            throw MigrationException.failed("repair failed and was rolled back: " + SqlFailures.reason(session.config().dsn(), e));
        }
    }

    /** The model describes head only, so repair vouches for a database at head, with every revision of this build. */
    private static void requireAtHead(RunnerSession session, Map<String, AppliedRevision> applied) {
        List<String> unknown = applied.keySet().stream().filter(id -> !session.graph().contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw MigrationException.failed("repair refused: the database has revision " + unknown.get(0)
                    + ", which this build does not know: the database is newer than the code");
        }
        List<String> missing = session.graph().chain().stream().map(Revision::id).filter(id -> !applied.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw MigrationException.failed("repair refused: it compares the database with the model at head, and revision "
                    + missing.get(0) + " is not applied; repair a database that is at head (as the failed upgrade's build had it)");
        }
    }
}
