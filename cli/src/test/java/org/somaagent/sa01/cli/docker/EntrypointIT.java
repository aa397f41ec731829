package org.somaagent.sa01.cli.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.ProjectFiles;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;

/**
 * docker/migrate-entrypoint.sh run as the container runs it, without an engine, against the real
 * server: the class path stands in for the image's jar (DockerImageIT runs the image itself).
 */
@ExtendWith(FreshDatabase.class)
class EntrypointIT {

    private static final String MAIN_CLASS = org.somaagent.sa01.cli.Main.class.getName();
    private static final String TIMESTAMPED = "(?s)(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z .*\\n)+";

    record Run(int exitCode, String log, Duration took) {}

    private static Run entrypoint(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", ProjectFiles.resolve("docker/migrate-entrypoint.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = pb.environment();
        environment.remove("SA01_DB_DSN");
        environment.remove("SA01_MIGRATIONS_CONFIG");
        environment.put("SA01_MIGRATE_CLASSPATH", System.getProperty("java.class.path"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("SA01_MAIN_CLASS", MAIN_CLASS); // the image sets it from docker/Dockerfile's ARG MAIN_CLASS
        environment.putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), log, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void emptyDatabaseToHeadThenNothingToDo(TestDatabase db) throws Exception {
        String role = db.name() + "_entry"; // roles belong to the cluster: one per test database, never shared by runs
        db.execute("create role " + role + " login password 'Entry-S3cret' superuser");
        try {
            Map<String, String> env = Map.of("SA01_DB_DSN", db.dsn().withCredentials(role, "Entry-S3cret").toLibpqUri());
            Run first = entrypoint(env);
            assertThat(first.exitCode()).as(first.log()).isZero();
            assertThat(first.log()).matches(TIMESTAMPED).contains("applied 0001_initial_schema").doesNotContain("Entry-S3cret");
            assertThat(db.dsl().fetch("select revision_id from schema_version order by revision_id").getValues(0, String.class))
                    .containsExactly("0001_initial_schema", "0002_add_run_receipts", "0003_add_agent_skins");

            Run second = entrypoint(env);
            assertThat(second.exitCode()).isZero();
            assertThat(second.log()).contains("nothing to do").doesNotContain("applied ");
        } finally {
            db.execute("drop owned by " + role + "; drop role " + role);
        }
    }

    @Test
    void aClosedPortExits4WithinTenSecondsNamingHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Run run = entrypoint(Map.of("SA01_DB_DSN", "postgresql://soma:Cl0sed-S3cret@127.0.0.1:" + port + "/somaagent01",
                "SA01_DB_CONNECT_TIMEOUT", "3"));
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(10));
        assertThat(run.log()).contains("could not reach the database somaagent01 at 127.0.0.1:" + port)
                .doesNotContain("Cl0sed-S3cret").matches(TIMESTAMPED);
    }

    @Test
    void aFailingRevisionExitsNonZeroWithTheStatementAndLeavesTheParent(TestDatabase db) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SA01_DB_DSN", db.dsn().toLibpqUri());
        env.put("SA01_MIGRATIONS_CONFIG", CliProcess.configWithRevisionSet(FailingRevisions.class).toString());
        Run run = entrypoint(env);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.log()).contains("statement: select 1 / 0", "dependent services must not start");
        assertThat(db.dsl().fetch("select revision_id from schema_version order by 1").getValues(0, String.class))
                .containsExactly("0001_initial_schema", FailingRevisions.GOOD);
    }

    @Test
    void aMissingOrMalformedDsnIsOneClearLine() throws Exception {
        Run missing = entrypoint(Map.of());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.log()).contains("SA01_DB_DSN is not set").hasLineCount(1);
        Run malformed = entrypoint(Map.of("SA01_DB_DSN", "postgresql://soma:Bad-S3cret@db:port/x"));
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.log()).contains("port").doesNotContain("Bad-S3cret");
    }
}
