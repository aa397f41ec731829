package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;

/** sa01-migrate as users run it: exit codes, one-line errors, no stack trace, no password. */
@ExtendWith(FreshDatabase.class)
class CliIT {

    private static final String SECRET = "Sup3r%2Fsecret";

    @Test
    void upgradeSqlPrintsTheWholeInitialRevisionWithoutAServer() throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(), "--dsn", "postgresql://u:" + SECRET + "@127.0.0.1:" + closedPort() + "/db",
                "upgrade", "--sql");
        assertThat(result.exitCode()).isZero();
        // 0001's 12 tables, then run_receipts (0002) and agent_skins (0003)
        assertThat(result.stdout().lines().filter(l -> l.startsWith("create table "))).hasSize(14);
        assertThat(result.stdout()).startsWith("-- upgrade 0001_initial_schema").contains("begin;", "commit;",
                "-- upgrade 0002_add_run_receipts", "-- upgrade 0003_add_agent_skins");
    }

    @Test
    void aClosedPortExits4NamingHostAndPortButNotThePassword() throws Exception {
        int port = closedPort();
        CliProcess.Result result = CliProcess.run(Map.of("SA01_DB_CONNECT_TIMEOUT", "1"),
                "--dsn", "postgresql://soma:" + SECRET + "@127.0.0.1:" + port + "/db", "upgrade");
        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stderr()).contains("could not reach the database db at 127.0.0.1:" + port).doesNotContain("\tat ");
        assertThat(result.output()).doesNotContain("Sup3r").doesNotContain("secret");
    }

    @Test
    void verboseShowsTheStackTraceButNeverThePassword() throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of("SA01_DB_CONNECT_TIMEOUT", "1"),
                "--verbose", "--dsn", "postgresql://soma:" + SECRET + "@127.0.0.1:" + closedPort() + "/db", "upgrade");
        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stderr()).contains("\tat ", "MigrationException");
        assertThat(result.output()).doesNotContain("Sup3r").doesNotContain("secret");
    }

    /** Trust authentication (this machine's) accepts any password, so an unknown role stands in for a bad login. */
    @Test
    void aFailedLoginExits4WithoutPrintingThePassword(TestDatabase db) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of(),
                "--dsn", db.dsn().withCredentials("sa01_no_such_role", "Wr0ngPassw0rd").toLibpqUri(), "current");
        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.stderr()).contains("cannot log in", "sa01_no_such_role");
        assertThat(result.output()).doesNotContain("Wr0ngPassw0rd");
    }

    @Test
    void usageErrorsExit2BeforeConnecting() throws Exception {
        CliProcess.Result badDsn = CliProcess.run(Map.of(), "--dsn", "mysql://u:" + SECRET + "@h/db", "current");
        assertThat(badDsn.exitCode()).isEqualTo(2);
        assertThat(badDsn.stderr().strip().lines()).hasSize(1).first().asString().contains("unsupported scheme 'mysql'");
        assertThat(badDsn.output()).doesNotContain("Sup3r");

        CliProcess.Result unknown = CliProcess.run(Map.of(), "--dsn", "postgresql://u@127.0.0.1:" + closedPort() + "/db",
                "downgrade", "0042_nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).contains("unknown revision '0042_nope'");

        CliProcess.Result badFlag = CliProcess.run(Map.of(), "upgrade", "--frobnicate");
        assertThat(badFlag.exitCode()).isEqualTo(2);
    }

    @Test
    void aFailingRevisionExits1WithTheStatementAndTheVerbsReportTheState(TestDatabase db) throws Exception {
        String config = CliProcess.configWithRevisionSet(FailingRevisions.class).toString();
        String dsn = db.dsn().toLibpqUri();

        CliProcess.Result upgrade = CliProcess.run(Map.of(), "--config", config, "--dsn", dsn, "upgrade");
        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.stdout()).contains("applied 0001_initial_schema in ", "applied " + FailingRevisions.GOOD + " in ");
        assertThat(upgrade.stderr()).contains("statement: select 1 / 0").doesNotContain("\tat ");

        CliProcess.Result current = CliProcess.run(Map.of(), "--config", config, "--dsn", dsn, "current");
        assertThat(current.stdout().strip()).isEqualTo(FailingRevisions.GOOD);
        CliProcess.Result history = CliProcess.run(Map.of(), "--config", config, "--dsn", dsn, "history");
        assertThat(history.stdout()).contains("0003_broken").contains("pending").contains("applied");
        CliProcess.Result check = CliProcess.run(Map.of(), "--config", config, "--dsn", dsn, "check");
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.stdout()).contains("revision 0003_broken is not applied", "table release_notes is not in the model");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
