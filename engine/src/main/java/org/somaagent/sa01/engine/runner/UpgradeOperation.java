package org.somaagent.sa01.engine.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.adopt.StartingPoint;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.runner.VersionTable.Operation;

/**
 * {@code upgrade TARGET}: under the migration lock, re-read the version table, verify it against
 * the code, then apply each pending revision in its own transaction. A runner that waited for the
 * lock finds the work done and applies nothing. On a database without a version table that holds
 * part of the set's baseline, or another tool's version table, the first step adopts it instead of
 * running the revisions up to that baseline ({@link StartingPoint}).
 */
public final class UpgradeOperation {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeOperation.class);


    /**
     * A step {@code --dry-run} prints: the revision, whether it is the baseline step (then: the other
     * tool's revision it takes over, if any), its statements, what it leaves.
     */
    public record PlannedStep(String revisionId, boolean adoption, Optional<String> takenOverFrom, List<String> statements,
                              List<String> differences) {}

    private UpgradeOperation() {}

    public static MigrationResult run(RunnerSession session, String target) {
        long start = System.nanoTime();
        try (AdvisoryLock lock = session.lock()) {
            // The version tables are created inside the first revision's transaction (RevisionExecutor), so a
            // failed first run leaves the database exactly as it was.
            int level = session.verifiedLevel(session.versionTable().applied());
            List<Revision> pending = pending(session, target, level);
            RevisionExecutor executor = new RevisionExecutor(session);
            List<StepResult> steps = new ArrayList<>();
            Optional<StartingPoint> adoption = startingPoint(session, level, pending, target);
            int adopted = adoption.map(a -> adoptedCount(session, a)).orElse(0);
            adoption.ifPresent(a -> steps.add(executor.adopt(pending.subList(0, adopted), a)));
            steps.addAll(executor.runAll(pending.subList(adopted, pending.size()), Operation.UPGRADE));
            int targetLevel = level + pending.size(); // the adopted revisions and the ones run
            MigrationResult result = new MigrationResult(session.idAtLevel(level), session.idAtLevel(targetLevel), steps, Reporting.since(start));
            Reporting.summary(LOG, "upgrade", targetLevel - level, result.to(), session.graph(), result.durationMs());
            return result;
        }
    }

    /** What {@code run} would do, step by step, without the lock and without changing anything. */
    public static List<PlannedStep> dryRun(RunnerSession session, String target) {
        int level = session.verifiedLevel(session.versionTable().applied());
        List<Revision> pending = pending(session, target, level);
        List<PlannedStep> steps = new ArrayList<>();
        Optional<StartingPoint> adoption = startingPoint(session, level, pending, target);
        int adopted = adoption.map(a -> adoptedCount(session, a)).orElse(0);
        adoption.ifPresent(a -> steps.add(new PlannedStep(pending.get(adopted - 1).id(), true, a.takenOverFrom(),
                a.plan().statements(), a.plan().differences())));
        for (Revision revision : pending.subList(adopted, pending.size())) {
            steps.add(new PlannedStep(revision.id(), false, Optional.empty(), List.of(Checksums.upgradeScript(revision).split(";\n")), List.of()));
        }
        return steps;
    }

    private static List<Revision> pending(RunnerSession session, String target, int level) {
        int targetLevel = session.graph().resolve(target, level);
        if (targetLevel < level) {
            throw MigrationException.usage("target " + target + " is below the current revision "
                    + session.idAtLevel(level).orElse("base") + ": use downgrade to go back");
        }
        return session.graph().between(level, targetLevel);
    }

    /** How many revisions, from the first, the baseline step records. */
    private static int adoptedCount(RunnerSession session, StartingPoint start) {
        return session.graph().level(Optional.of(start.baseline().revisionId()));
    }

    /** The baseline step applies to a database that has no version table but holds part of a baseline or another tool's version table. */
    private static Optional<StartingPoint> startingPoint(RunnerSession session, int level, List<Revision> pending, String target) {
        if (level != 0 || pending.isEmpty() || session.versionTable().exists()) {
            return Optional.empty();
        }
        Optional<StartingPoint> start = StartingPoint.of(session.dsl(), session.config().schema(), session.graph());
        start.filter(s -> adoptedCount(session, s) > pending.size()).ifPresent(s -> {
            throw MigrationException.usage("the database is at " + s.takenOverFrom().orElse("the baseline") + ", which is revision "
                    + s.baseline().revisionId() + ": target " + target + " is below it; upgrade to " + s.baseline().revisionId() + " or head");
        });
        return start;
    }
}
