package org.somaagent.sa01.engine.runner;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.adopt.Adoption;
import org.somaagent.sa01.engine.adopt.StartingPoint;
import org.somaagent.sa01.engine.connect.SqlFailures;
import org.somaagent.sa01.engine.connect.Statements;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.runner.VersionTable.Operation;

/**
 * Runs one revision, up or down, in its own transaction together with its version-table row: it
 * commits whole or rolls back whole. A lock timeout (55P03) is retried with backoff, since the
 * application's short transactions usually release the lock soon; other failures are final.
 */
final class RevisionExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RevisionExecutor.class);
    static final int LOCK_ATTEMPTS = 4;
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final RunnerSession session;
    /** The current attempt's statements: they know which statement failed. */
    private Statements statements;

    RevisionExecutor(RunnerSession session) {
        this.session = session;
    }

    /** Runs revisions in order, one transaction each, printing a line per revision. */
    List<StepResult> runAll(List<Revision> revisions, Operation operation) {
        List<StepResult> steps = new ArrayList<>();
        for (Revision revision : revisions) {
            StepResult step = run(revision, operation);
            Reporting.step(LOG, step);
            steps.add(step);
        }
        return steps;
    }

    StepResult run(Revision revision, Operation operation) {
        return runWithRetries(revision, operation, () -> {
            for (Query query : operation == Operation.UPGRADE ? revision.upgrade() : revision.downgrade()) {
                statements.execute(query);
            }
            return Optional.empty();
        });
    }

    /**
     * The baseline step: the adoption plan instead of the revisions' statements, and a row for each
     * revision up to the baseline's (one for a legacy database, up to three for a takeover), in one transaction.
     */
    StepResult adopt(List<Revision> revisions, StartingPoint start) {
        Revision last = revisions.get(revisions.size() - 1);
        StepResult step = runWithRetries(last, Operation.UPGRADE, () -> {
            Adoption.Outcome outcome = Adoption.execute(start.plan(), start.takenOverFrom(), statements);
            for (Revision earlier : revisions.subList(0, revisions.size() - 1)) {
                record(earlier, Operation.UPGRADE, outcome.logDescription(earlier.description()), 0);
            }
            return Optional.of(outcome);
        });
        Reporting.step(LOG, step);
        return step;
    }

    /** The work of one step, in the transaction the executor opened; returns what adoption did, if it was adoption. */
    private interface Work {
        Optional<Adoption.Outcome> run() throws SQLException;
    }

    private StepResult runWithRetries(Revision revision, Operation operation, Work work) {
        long backoffMs = 500;
        for (int attempt = 1; ; attempt++) {
            try {
                return session.transaction(revision.transactional(), () -> runOnce(revision, operation, work));
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState()) && attempt < LOCK_ATTEMPTS) {
                    LOG.warn("{} {}: lock not granted within lock_timeout {} (attempt {} of {}); retrying in {} ms",
                            operation.name().toLowerCase(), revision.id(), session.config().lockTimeout(), attempt, LOCK_ATTEMPTS, backoffMs);
                    sleep(backoffMs);
                    backoffMs *= 2;
                    continue;
                }
                throw failure(revision, operation, e, attempt);
            }
        }
    }

    private StepResult runOnce(Revision revision, Operation operation, Work work) throws SQLException {
        long start = System.nanoTime();
        setTimeouts(revision.transactional());
        statements = new Statements(session.connection());
        Optional<Adoption.Outcome> adoption = work.run();
        long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
        record(revision, operation, adoption.map(a -> a.logDescription(revision.description())).orElse(revision.description()), ms);
        return new StepResult(revision.id(), operation, ms, adoption);
    }

    /** The revision's row written or removed, with its log entry; the version tables are created with the first row. */
    private void record(Revision revision, Operation operation, String logDescription, long ms) {
        VersionTable versions = session.versionTable();
        if (!versions.exists()) {
            versions.create();
        }
        if (operation == Operation.UPGRADE) {
            versions.add(operation, revision.id(), revision.description(), logDescription, Rendering.of(revision), ms);
        } else {
            versions.remove(operation, revision.id(), logDescription, Checksums.of(revision), ms);
        }
    }

    /** lock_timeout and statement_timeout for this revision only (SET LOCAL) when it is transactional. */
    private void setTimeouts(boolean local) {
        session.set(local, Map.of("lock_timeout", session.config().lockTimeout().toMillis() + "ms",
                "statement_timeout", session.config().statementTimeout().toMillis() + "ms"));
    }

    private MigrationException failure(Revision revision, Operation operation, SQLException e, int attempts) {
        String parent = operation == Operation.UPGRADE ? revision.parent().orElse("base") : revision.id();
        String statement = statements == null ? null : statements.failedStatement();
        String reason = SqlFailures.reason(session.config().dsn(), e);
        String remedy = SqlFailures.remedy(e, session.config().dsn());
        String lockHint = LOCK_NOT_AVAILABLE.equals(e.getSQLState())
                ? " after " + attempts + " attempts (lock_timeout " + session.config().lockTimeout().toMillis() + " ms): "
                + LockDiagnosis.describe(session.dsl(), session.config().schema(), statements.failedQuery())
                : "";
        return MigrationException.failed(operation.name().toLowerCase() + " of revision " + revision.id() + " failed and was rolled back"
                + lockHint + ": " + reason + (remedy.isEmpty() ? "" : ": " + remedy)
                + (statement == null ? "" : "\n  statement: " + abbreviate(statement))
                + "\n  the database is left at revision " + parent);
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 2000 ? sql : sql.substring(0, 2000) + " ...";
    }


    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.failed("interrupted while retrying after a lock timeout");
        }
    }
}
