package org.somaagent.sa01.engine.runner;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.runner.VersionTable.Operation;

/**
 * {@code upgrade TARGET}: under the migration lock, re-read the version table, verify it against
 * the code, then apply each pending revision in its own transaction. A runner that waited for the
 * lock finds the work done and applies nothing.
 */
public final class UpgradeOperation {

    private static final Logger LOG = LoggerFactory.getLogger(UpgradeOperation.class);

    public record Result(Optional<String> from, Optional<String> to, List<StepResult> steps, long durationMs) {}

    private UpgradeOperation() {}

    public static Result run(RunnerSession session, String target) {
        long start = System.nanoTime();
        try (AdvisoryLock lock = session.lock()) {
            // The version tables are created inside the first revision's transaction (RevisionExecutor), so a
            // failed first run leaves the database exactly as it was.
            int level = session.verifiedLevel(session.versionTable().applied());
            int targetLevel = session.graph().resolve(target, level);
            if (targetLevel < level) {
                throw MigrationException.usage("target " + target + " is below the current revision "
                        + session.idAtLevel(level).orElse("base") + ": use downgrade to go back");
            }
            List<StepResult> steps = new RevisionExecutor(session).runAll(session.graph().between(level, targetLevel), Operation.UPGRADE);
            Result result = new Result(session.idAtLevel(level), session.idAtLevel(targetLevel), steps, Reporting.since(start));
            Reporting.summary(LOG, "upgrade", steps.size(), result.to(), session.graph(), result.durationMs());
            return result;
        }
    }
}
