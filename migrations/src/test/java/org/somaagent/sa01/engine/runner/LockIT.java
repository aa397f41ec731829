package org.somaagent.sa01.engine.runner;

import org.somaagent.sa01.engine.runner.RevisionExecutor;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.testing.revisions.AlterPromptsRevisions;

/**
 * A revision that needs a lock an application transaction holds fails after lock_timeout instead
 * of queueing the application behind it, is retried with backoff, then reported naming the table
 * and the blocking backend.
 */
@ExtendWith(FreshDatabase.class)
class LockIT {

    @Test
    void aHeldLockTimesOutIsRetriedAndNamesTableAndBlocker(TestDatabase db) throws Exception {
        db.migrator().upgrade("0001_initial_schema"); // AlterPromptsRevisions' 0002_prompt_locale follows 0001
        try (Connection app = Connections.open(db.dsn(), Duration.ofSeconds(5)); Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            s.execute("select count(*) from prompts"); // ACCESS SHARE, held until the transaction ends
            int appPid = app.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            var config = db.config(AlterPromptsRevisions.class.getName()).withLockTimeout(Duration.ofMillis(200));
            long start = System.nanoTime();

            try (RunnerSession session = RunnerSession.open(config, RevisionGraph.of(new AlterPromptsRevisions().revisions()))) {
                assertThatThrownBy(() -> UpgradeOperation.run(session, "head"))
                        .hasMessageContaining("0002_prompt_locale failed and was rolled back after " + RevisionExecutor.LOCK_ATTEMPTS + " attempts")
                        .hasMessageContaining("table prompts is locked by backend pid " + appPid + " (AccessShareLock)")
                        .hasMessageContaining("left at revision 0001_initial_schema");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(3000)); // backoff 0.5 + 1 + 2 s
            app.rollback();
        }
        assertThat(db.migrator(AlterPromptsRevisions.class).upgrade("head").steps()).hasSize(1);
    }
}
