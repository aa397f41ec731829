package org.somaagent.sa01.engine.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.adopt.Adoption;
import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.runner.VersionTable.Operation;

/**
 * {@code upgrade TARGET}: under the migration lock, re-read the version table, verify it against
 * the code, then apply each pending revision in its own transaction. A runner that waited for the
 * lock finds the work done and applies nothing. On a database without a version table that holds
 * part of the set's baseline, the first step adopts it instead of running the first revision.
 */
public final class UpgradeOperation {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeOperation.class);


    /** A step {@code --dry-run} prints: the revision, whether it is the baseline step, its statements, what it leaves. */
    public record PlannedStep(String revisionId, boolean adoption, List<String> statements, List<String> differences) {}

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
            Optional<Adoption.Plan> adoption = adoptionPlan(session, level, pending);
            if (adoption.isPresent()) {
                steps.add(executor.adopt(pending.get(0), adoption.get()));
                pending = pending.subList(1, pending.size());
            }
            steps.addAll(executor.runAll(pending, Operation.UPGRADE));
            int targetLevel = level + steps.size();
            MigrationResult result = new MigrationResult(session.idAtLevel(level), session.idAtLevel(targetLevel), steps, Reporting.since(start));
            Reporting.summary(LOG, "upgrade", steps.size(), result.to(), session.graph(), result.durationMs());
            return result;
        }
    }

    /** What {@code run} would do, step by step, without the lock and without changing anything. */
    public static List<PlannedStep> dryRun(RunnerSession session, String target) {
        int level = session.verifiedLevel(session.versionTable().applied());
        List<Revision> pending = pending(session, target, level);
        List<PlannedStep> steps = new ArrayList<>();
        Optional<Adoption.Plan> adoption = adoptionPlan(session, level, pending);
        adoption.ifPresent(plan -> steps.add(new PlannedStep(pending.get(0).id(), true, plan.statements(), plan.differences())));
        for (Revision revision : pending.subList(adoption.isPresent() ? 1 : 0, pending.size())) {
            steps.add(new PlannedStep(revision.id(), false, List.of(Checksums.upgradeScript(revision).split(";\n")), List.of()));
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

    /** The baseline step applies to the first revision of a database that has no version table but holds part of the baseline. */
    private static Optional<Adoption.Plan> adoptionPlan(RunnerSession session, int level, List<Revision> pending) {
        if (level != 0 || pending.isEmpty() || session.graph().baseline().isEmpty() || session.versionTable().exists()) {
            return Optional.empty();
        }
        var baseline = session.graph().baseline().get();
        Catalog catalog = Catalog.read(session.dsl(), session.config().schema());
        if (!Adoption.holdsAnyOf(catalog, baseline.schema())) {
            return Optional.empty();
        }
        return Optional.of(Adoption.plan(session.dsl(), catalog, baseline.schema()));
    }
}
