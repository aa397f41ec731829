package org.somaagent.sa01.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.testing.revisions.SleepingRevisions;

/** A runner that dies mid-revision leaves the database at the parent, holds no lock, and a rerun succeeds. */
@ExtendWith(FreshDatabase.class)
class CrashIT {

    @Test
    void killMinus9WhileARevisionRuns(TestDatabase db) throws Exception {
        String config = CliProcess.configWithRevisionSet(SleepingRevisions.class).toString();
        Process runner = CliProcess.start(Map.of(), "--config", config, "--dsn", db.dsn().toLibpqUri(), "upgrade");
        awaitSleepingBackend(db);

        runner.destroyForcibly().waitFor(); // SIGKILL on Linux: no shutdown hook, no rollback from the client

        awaitNoRunnerSession(db);
        assertAtParentWithoutLock(db);
        rerunSucceeds(db, config);
    }

    @Test
    void backendTerminatedFromAnotherSession(TestDatabase db) throws Exception {
        String config = CliProcess.configWithRevisionSet(SleepingRevisions.class).toString();
        Process runner = CliProcess.start(Map.of(), "--config", config, "--dsn", db.dsn().toLibpqUri(), "upgrade");
        int pid = awaitSleepingBackend(db);

        db.dsl().fetch("select pg_terminate_backend(" + pid + ")");

        CliProcess.Result result = CliProcess.await(runner);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("0002_slow failed").contains("left at revision 0001_initial_schema");
        assertAtParentWithoutLock(db);
        rerunSucceeds(db, config);
    }

    private static int awaitSleepingBackend(TestDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Integer pid = db.dsl().fetchOptional("select pid from pg_stat_activity where datname = {0} and query like 'select pg_sleep%'",
                    org.jooq.impl.DSL.val(db.name())).map(r -> r.get(0, Integer.class)).orElse(null);
            if (pid != null) {
                return pid;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the runner never reached the sleeping revision");
    }

    /** The server notices the vanished client within client_connection_check_interval (1 s) and rolls back. */
    private static void awaitNoRunnerSession(TestDatabase db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (db.dsl().fetchValue("select count(*) from pg_stat_activity where datname = {0} and pid <> pg_backend_pid()",
                    org.jooq.impl.DSL.val(db.name())).equals(0L)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the killed runner's backend is still there after 15 s");
    }

    private static void assertAtParentWithoutLock(TestDatabase db) {
        assertThat(db.dsl().fetch("select revision_id from schema_version").getValues(0, String.class)).containsExactly("0001_initial_schema");
        assertThat(db.dsl().fetchValue("select to_regclass('slow_table') is null")).isEqualTo(true);
        assertThat(db.dsl().fetchValue("select count(*) from pg_locks where locktype = 'advisory' "
                + "and database = (select oid from pg_database where datname = current_database())")).isEqualTo(0L);
    }

    private static void rerunSucceeds(TestDatabase db, String config) throws Exception {
        CliProcess.Result rerun = CliProcess.run(Map.of("SA01_TEST_SLEEP_SECONDS", "0"), "--config", config, "--dsn", db.dsn().toLibpqUri(), "upgrade");
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.stdout()).contains("applied 0002_slow");
    }
}
