package org.somaagent.sa01.cli.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.ProjectFiles;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.testing.TestRevision;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;

/**
 * The migrator image and the compose stack, run for real wherever a Docker engine answers
 * ({@code make docker-test} starts one); elsewhere reported as skipped, with the reason. The image
 * is built here only when absent ({@code make docker-test} builds it first, with local stand-ins
 * for base images no registry serves). Containers use the host's network: the image is run against
 * the real server the other tests use; the compose stack runs its own PostgreSQL on a free port.
 */
@ExtendWith(FreshDatabase.class)
@EnabledIf(value = "dockerEngineAnswers", disabledReason = "no Docker engine: 'docker info' failed, so the image is not run here (make docker-test starts one)")
class DockerImageIT {

    /** The project's revisions, first to head: what the image must apply. */
    private static final List<String> CHAIN = RevisionGraph.of(new Sa01Revisions()).chain().stream().map(Revision::id).toList();


    private static final String IMAGE = env("SA01_MIGRATE_IMAGE", "sa01-migrate:latest");
    private static final String TIMESTAMPED = "(?s)(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z .*\\n)+";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Run(int exitCode, String log, Duration took) {}

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Run run(Map<String, String> env, Duration timeout, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(ProjectFiles.root().toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        byte[][] out = new byte[1][];
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = new byte[0];
            }
        });
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout);
        }
        reader.join();
        return new Run(p.exitValue(), new String(out[0], StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
    }

    private static Run docker(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        return run(Map.of(), Duration.ofMinutes(15), command);
    }

    /** {@code docker run --rm --network host} of the image with these variables and arguments. */
    private static Run migrate(Map<String, String> env, List<String> dockerOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("run", "--rm", "--network", "host"));
        env.forEach((k, v) -> command.addAll(List.of("-e", k + "=" + v)));
        command.addAll(dockerOptions);
        command.add(IMAGE);
        command.addAll(List.of(args));
        return docker(command.toArray(String[]::new));
    }

    static boolean dockerEngineAnswers() {
        try {
            return docker("info").exitCode() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @BeforeAll
    static void engineAndImage() throws Exception {
        if (docker("image", "inspect", IMAGE).exitCode() != 0) {
            Run build = docker("build", "--network", "host", "-f", "docker/Dockerfile", "-t", IMAGE, ".");
            assertThat(build.exitCode()).as(build.log()).isZero();
        }
    }

    private static String secret() {
        return "S3cret-" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // --- docker run against the real server ---------------------------------------------------------------

    @Test
    void upgradesAnEmptyDatabaseToHeadThenAppliesNothingAndCheckAndCurrentWork(TestDatabase db) throws Exception {
        String password = secret();
        db.execute("create role sa01_docker login password '" + password + "' superuser");
        try {
            Map<String, String> env = Map.of("SA01_DB_DSN", db.dsn().withCredentials("sa01_docker", password).toLibpqUri());
            Run first = migrate(env, List.of());
            assertThat(first.exitCode()).as(first.log()).isZero();
            assertThat(first.log()).matches(TIMESTAMPED).contains("applied 0001_initial_schema").doesNotContain(password);
            assertThat(db.dsl().fetch("select revision_id from schema_version order by revision_id").getValues(0, String.class))
                    .containsExactlyElementsOf(CHAIN);
            String head = CHAIN.get(CHAIN.size() - 1);

            Run second = migrate(env, List.of());
            assertThat(second.exitCode()).as(second.log()).isZero();
            assertThat(second.log()).contains("nothing to do").doesNotContain("applied ");

            Run check = migrate(env, List.of(), "check");
            assertThat(check.exitCode()).as(check.log()).isZero();
            Run current = migrate(env, List.of(), "current");
            assertThat(current.exitCode()).as(current.log()).isZero();
            assertThat(current.log()).contains(head).doesNotContain(password);
        } finally {
            db.execute("drop owned by sa01_docker; drop role sa01_docker");
        }
    }

    @Test
    void noDsnIsExit2AndOneLine() throws Exception {
        Run run = migrate(Map.of(), List.of());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.log()).contains("SA01_DB_DSN is not set").hasLineCount(1);
    }

    @Test
    void anUnreachableDatabaseIsExit4WithinTheConnectTimeout() throws Exception {
        int port = freePort();
        String password = secret();
        Run run = migrate(Map.of("SA01_DB_DSN", "postgresql://soma:" + password + "@127.0.0.1:" + port + "/somaagent01",
                "SA01_DB_CONNECT_TIMEOUT", "3"), List.of());
        assertThat(run.exitCode()).as(run.log()).isEqualTo(4);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(15));
        assertThat(run.log()).contains("could not reach the database somaagent01 at 127.0.0.1:" + port).doesNotContain(password);
    }

    /** A deployment's own revision set, appended with SA01_MIGRATE_CLASSPATH: its failing revision stops the run. */
    @Test
    void aFailingRevisionIsExit1AndTheLogNamesTheRevisionAndTheStatement(TestDatabase db) throws Exception {
        Run run = migrate(withRevisionSet(Map.of("SA01_DB_DSN", db.dsn().toLibpqUri())), revisionSetDockerOptions());
        assertThat(run.exitCode()).as(run.log()).isEqualTo(1);
        assertThat(run.log()).contains(FailingRevisions.BROKEN, "statement: select 1 / 0", "dependent services must not start");
        assertThat(db.dsl().fetch("select revision_id from schema_version order by 1").getValues(0, String.class))
                .containsExactly("0001_initial_schema", FailingRevisions.GOOD);
    }

    /**
     * A deployment's revision set appended with SA01_MIGRATE_CLASSPATH keeps the image's class archive: the
     * CLI's own classes still come from it (the JVM's class loading log says where each class came from).
     */
    @Test
    void aDeploymentsRevisionSetKeepsTheImagesClassArchive() throws Exception {
        Run heads = migrate(withRevisionSet(Map.of("SA01_DB_DSN", "postgresql://nobody@127.0.0.1:1/none", "SA01_JAVA_OPTS", "-Xlog:class+load=info")),
                revisionSetDockerOptions(), "heads");
        assertThat(heads.exitCode()).as(heads.log()).isZero();
        assertThat(heads.log()).contains(FailingRevisions.BROKEN + " (head)")
                .containsPattern("org\\.somaagent\\.sa01\\.cli\\.Main source: shared objects file")
                .containsPattern(FailingRevisions.class.getName().replace(".", "\\.") + " source: file:/ext");
    }

    /** Non-root by default, and it runs as the Kubernetes example's securityContext asks (read-only root, no new privileges). */
    @Test
    void runsAsANonRootUserOnAReadOnlyRootFilesystem() throws Exception {
        Run user = docker("image", "inspect", "-f", "{{.Config.User}}", IMAGE);
        assertThat(user.log().strip()).isNotEmpty().doesNotStartWith("root").doesNotStartWith("0:").isNotEqualTo("0");
        Run id = docker("run", "--rm", "--network", "none", "--entrypoint", "id", IMAGE, "-u");
        assertThat(id.log().strip()).isNotEqualTo("0");
        Run heads = migrate(Map.of("SA01_DB_DSN", "postgresql://nobody@127.0.0.1:1/none"),
                List.of("--read-only", "--security-opt", "no-new-privileges", "--user", user.log().strip()), "heads");
        assertThat(heads.exitCode()).as(heads.log()).isZero();
        assertThat(heads.log()).contains(CHAIN.get(CHAIN.size() - 1) + " (head)");
    }

    /** Where the failing revision set and the test helper it builds on are: folders or jars, mounted at /ext0, /ext1. */
    private static List<Path> revisionSetLocations() throws Exception {
        List<Path> found = new ArrayList<>();
        for (Class<?> c : List.of(FailingRevisions.class, TestRevision.class)) {
            Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!found.contains(location)) {
                found.add(location);
            }
        }
        return found;
    }

    /** {@code docker run} options: the set's locations at /ext0, /ext1 and its properties file's folder at /config. */
    private static List<String> revisionSetDockerOptions() throws Exception {
        List<String> options = new ArrayList<>();
        List<Path> locations = revisionSetLocations();
        for (int i = 0; i < locations.size(); i++) {
            options.addAll(List.of("-v", locations.get(i) + ":/ext" + i + ":ro"));
        }
        options.addAll(List.of("-v", revisionSetConfig() + ":/config:ro"));
        return options;
    }

    /** {@code env} and what makes the entrypoint run the mounted set: its locations appended to the class path, its properties file. */
    private static Map<String, String> withRevisionSet(Map<String, String> env) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("SA01_MIGRATE_CLASSPATH", revisionSetClasspath());
        all.put("SA01_MIGRATIONS_CONFIG", "/config/sa01.properties");
        return all;
    }

    private static String revisionSetClasspath() throws Exception {
        StringBuilder cp = new StringBuilder("/app/sa01-migrate.jar");
        for (int i = 0; i < revisionSetLocations().size(); i++) {
            cp.append(":/ext").append(i);
        }
        return cp.toString();
    }

    /** A folder the container's user can read, with a properties file naming the failing revision set. */
    private static Path revisionSetConfig() throws IOException {
        Path dir = Files.createTempDirectory("sa01-docker-config");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(dir.resolve("sa01.properties"),
                "revision_set=" + FailingRevisions.class.getName() + "\nconnect_timeout=60s\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return dir;
    }

    // --- the compose stack ----------------------------------------------------------------------------------

    /** "docker compose" (v2) and "docker-compose" (Debian's 1.29): those SA01_COMPOSE_COMMANDS names, else those that answer. */
    static Stream<String> composeCommands() throws Exception {
        String named = System.getenv("SA01_COMPOSE_COMMANDS");
        if (named != null && !named.isBlank()) {
            return Arrays.stream(named.split("\\|")).map(String::strip);
        }
        List<String> found = new ArrayList<>();
        for (String candidate : List.of("docker compose", "docker-compose")) {
            List<String> version = new ArrayList<>(List.of(candidate.split(" ")));
            version.add("version");
            try {
                if (run(Map.of(), Duration.ofSeconds(30), version).exitCode() == 0) {
                    found.add(candidate);
                }
            } catch (IOException notInstalled) {
                // not on this machine
            }
        }
        assumeTrue(!found.isEmpty(), "neither 'docker compose' nor 'docker-compose' is installed");
        return found.stream();
    }

    /** One compose project on the host's network: its own PostgreSQL on a free port, its own env file, torn down after. */
    private static final class Stack implements AutoCloseable {
        final String compose;
        final String project = "sa01it" + HexFormat.of().formatHex(RANDOM.generateSeed(4));
        final Path envFile;
        final List<String> files = new ArrayList<>(List.of("docker/compose.yaml", "docker/compose.host-network.yaml"));
        final Map<String, String> env = new LinkedHashMap<>();

        Stack(String compose, Map<String, String> extraEnv, Path extraOverride) throws IOException {
            this.compose = compose;
            int port = freePort();
            String password = secret();
            Path dir = Files.createTempDirectory("sa01-compose");
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("POSTGRES_USER", "soma");
            vars.put("POSTGRES_PASSWORD", password);
            vars.put("POSTGRES_DB", "somaagent01");
            vars.put("PGPORT", Integer.toString(port)); // the server's port on the host network, and pg_isready's
            vars.put("SA01_DB_DSN", "postgresql://soma:" + password + "@127.0.0.1:" + port + "/somaagent01");
            vars.put("SA01_DB_CONNECT_TIMEOUT", "60");
            vars.putAll(extraEnv);
            StringBuilder text = new StringBuilder();
            vars.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            envFile = Files.writeString(dir.resolve("sa01.env"), text);
            env.put("SA01_ENV_FILE", envFile.toString());
            env.put("SA01_MIGRATE_IMAGE", IMAGE);
            for (String name : List.of("SA01_POSTGRES_IMAGE", "SA01_APP_IMAGE")) {
                String value = System.getenv(name);
                if (value != null && !value.isBlank()) {
                    env.put(name, value);
                }
            }
            if (extraOverride != null) {
                files.add(extraOverride.toString());
            }
        }

        Run compose(Duration timeout, String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of(compose.split(" ")));
            command.addAll(List.of("-p", project));
            files.forEach(f -> command.addAll(List.of("-f", f)));
            command.addAll(List.of(args));
            return run(env, timeout, command);
        }

        /** The state of a service's container, or null when compose never created one. */
        Map<String, String> state(String service) throws IOException, InterruptedException {
            Run ids = docker("ps", "-aq", "--filter", "label=com.docker.compose.project=" + project,
                    "--filter", "label=com.docker.compose.service=" + service);
            String id = ids.log().strip();
            if (id.isEmpty()) {
                return null;
            }
            Run inspect = docker("inspect", "-f", "{{.State.Status}}|{{.State.Running}}|{{.State.ExitCode}}|{{.State.StartedAt}}|{{.State.FinishedAt}}", id);
            String[] f = inspect.log().strip().split("\\|");
            return Map.of("status", f[0], "running", f[1], "exit", f[2], "started", f[3], "finished", f[4]);
        }

        String logs(String service) throws IOException, InterruptedException {
            return compose(Duration.ofMinutes(1), "logs", "--no-color", service).log();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            Run down = compose(Duration.ofMinutes(3), "down", "-v", "-t", "1", "--remove-orphans");
            assertThat(down.exitCode()).as(down.log()).isZero();
        }
    }

    private static boolean neverStarted(Map<String, String> app) {
        return app == null || (!"true".equals(app.get("running")) && app.get("started").startsWith("0001-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeCommands")
    void composeStartsTheAppOnlyAfterMigrateExitedZero(String composeCommand) throws Exception {
        try (Stack stack = new Stack(composeCommand, Map.of(), null)) {
            Run up = stack.compose(Duration.ofMinutes(5), "up", "-d", "app");
            assertThat(up.exitCode()).as(up.log()).isZero();
            Map<String, String> migrate = stack.state("migrate");
            Map<String, String> app = stack.state("app");
            assertThat(migrate).as("migrate").isNotNull().containsEntry("status", "exited").containsEntry("exit", "0");
            assertThat(app).as("app").isNotNull().containsEntry("running", "true");
            assertThat(Instant.parse(app.get("started"))).as("app started after migrate finished")
                    .isAfterOrEqualTo(Instant.parse(migrate.get("finished")));
            assertThat(stack.logs("migrate")).contains("applied 0001_initial_schema", "finished in")
                    .doesNotContain(Files.readString(stack.envFile).lines()
                            .filter(l -> l.startsWith("POSTGRES_PASSWORD=")).findFirst().orElseThrow().substring(18));
            Run check = stack.compose(Duration.ofMinutes(2), "run", "--rm", "migrate", "check");
            assertThat(check.exitCode()).as(check.log()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeCommands")
    void aFailingMigrationKeepsTheAppDown(String composeCommand) throws Exception {
        Path config = revisionSetConfig();
        Path override = Files.createTempFile("sa01-compose-failing", ".yaml");
        StringBuilder volumes = new StringBuilder();
        List<Path> locations = revisionSetLocations();
        for (int i = 0; i < locations.size(); i++) {
            volumes.append("      - \"").append(locations.get(i)).append(":/ext").append(i).append(":ro\"\n");
        }
        Files.writeString(override, """
                # A deployment's own revision set, whose last revision fails.
                services:
                  migrate:
                    volumes:
                %s      - "%s:/config:ro"
                """.formatted(volumes, config));
        try (Stack stack = new Stack(composeCommand, withRevisionSet(Map.of()), override)) {
            Run up = stack.compose(Duration.ofMinutes(5), "up", "-d", "app");
            assertThat(up.exitCode()).as(up.log()).isNotZero();
            Map<String, String> migrate = stack.state("migrate");
            assertThat(migrate).as("migrate").isNotNull().containsEntry("status", "exited").containsEntry("exit", "1");
            assertThat(stack.logs("migrate")).contains(FailingRevisions.BROKEN, "statement: select 1 / 0");
            Thread.sleep(2000);
            Map<String, String> app = stack.state("app");
            assertThat(neverStarted(app)).as("app never started: %s", app).isTrue();
        }
    }
}
