package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.testing.ProjectFiles;

/**
 * scripts/aot-cache.sh ({@code make aot-cache}) trains as the role SA01_AOT_TRAINING_DSN names, so a
 * deployment's scram role puts pgjdbc's scram classes in the cache; a training run that fails leaves
 * no cache (the JVM writes one at exit whatever the exit code) and says why in one line. Each test
 * trains for a class path of its own (the jar and an empty folder), so bin/sa01-migrate's own cache
 * is left alone, and drops the role it made.
 */
class AotCacheScriptIT {

    record Run(int exitCode, String output) {}

    private final Dsn admin = AdminDsn.resolve(null);
    private final String role = "sa01_aot_" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + UUID.randomUUID();
    private Path classpathFolder;
    private Set<Path> cachesBefore;

    @BeforeEach
    void requireAnAotCapableJdk() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25; the script exits 0 without one");
        classpathFolder = Files.createTempDirectory("sa01-aot-classpath");
        cachesBefore = caches();
    }

    @AfterEach
    void dropRoleAndCaches() throws Exception {
        Connections.execute(admin, "drop role if exists " + role);
        for (Path cache : newCaches()) {
            Files.delete(cache);
        }
    }

    @Test
    void trainsAsTheRoleItIsGivenAndNeverPrintsItsPassword() throws Exception {
        Connections.execute(admin, "create role " + role + " login password '" + password + "'");

        Run run = train(admin.withCredentials(role, password).toLibpqUri());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("aot-cache: trained the cache for").doesNotContain(password);
        assertThat(newCaches()).hasSize(1);
    }

    @Test
    void aTrainingRunThatFailsLeavesNoCacheAndSaysWhyInOneLine() throws Exception {
        Connections.execute(admin, "create role " + role + " nologin password '" + password + "'");

        Run run = train(admin.withCredentials(role, password).toLibpqUri());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output().strip().lines()).singleElement().asString()
                .startsWith("aot-cache: error: the training run failed, no cache was written: sa01-migrate: error: cannot log in")
                .contains("as user " + role)
                .doesNotContain(password);
        assertThat(newCaches()).isEmpty();
    }

    @Test
    void aDsnWithoutAUserIsRefusedBeforeAnythingIsMade() throws Exception {
        Run run = train("postgresql://" + admin.host() + ":" + admin.port() + "/postgres");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("SA01_AOT_TRAINING_DSN (or SA01_ADMIN_DSN) names no user");
        assertThat(newCaches()).isEmpty();
    }

    private Run train(String trainingDsn) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", ProjectFiles.resolve("scripts/aot-cache.sh").toString()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("SA01_ADMIN_DSN", admin.toLibpqUri());
        pb.environment().put("SA01_AOT_TRAINING_DSN", trainingDsn);
        pb.environment().put("SA01_MIGRATE_CLASSPATH", ProjectFiles.resolve("cli/target/sa01-migrate.jar") + ":" + classpathFolder);
        pb.environment().remove("SA01_MIGRATIONS_CONFIG");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    private Set<Path> newCaches() throws Exception {
        Set<Path> now = caches();
        now.removeAll(cachesBefore);
        return now;
    }

    private static Set<Path> caches() throws Exception {
        try (Stream<Path> files = Files.list(ProjectFiles.resolve("cli/target"))) {
            return new HashSet<>(files.filter(f -> f.getFileName().toString().matches("sa01-migrate-[0-9a-f]+\\.aot")).toList());
        }
    }
}
