package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.ProjectFiles;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.testing.TestRevision;

/** bin/sa01-migrate runs a deployment's own revision set appended with SA01_MIGRATE_CLASSPATH, as the image's entrypoint does. */
@ExtendWith(FreshDatabase.class)
class BinScriptIT {

    record Run(int exitCode, String output) {}

    private static Run bin(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ProjectFiles.resolve("bin/sa01-migrate").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(Files.createTempDirectory("sa01-bin").toFile());
        pb.environment().remove("SA01_DB_DSN");
        pb.environment().remove("SA01_MIGRATIONS_CONFIG");
        pb.environment().remove("SA01_MIGRATE_CLASSPATH");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    /** The jar bin/sa01-migrate runs, then where the failing revision set and the test helper it builds on are. */
    private static String deploymentClasspath() throws Exception {
        Set<String> entries = new LinkedHashSet<>(List.of(ProjectFiles.resolve("cli/target/sa01-migrate.jar").toString()));
        for (Class<?> c : List.of(FailingRevisions.class, TestRevision.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(":", entries);
    }

    @Test
    void aRevisionSetAppendedWithSa01MigrateClasspathIsTheOneThatRuns(TestDatabase db) throws Exception {
        Path config = Files.writeString(Files.createTempFile("sa01-bin", ".properties"), "revision_set=" + FailingRevisions.class.getName() + "\n");
        Map<String, String> env = Map.of("SA01_MIGRATE_CLASSPATH", deploymentClasspath(), "SA01_MIGRATIONS_CONFIG", config.toString());

        Run upgrade = bin(env, "--dsn", db.dsn().toLibpqUri(), "upgrade", "head");

        assertThat(upgrade.exitCode()).as(upgrade.output()).isEqualTo(1);
        assertThat(upgrade.output()).contains("revision " + FailingRevisions.BROKEN + " failed and was rolled back");
        assertThat(db.dsl().fetch("select revision_id from schema_version order by revision_id").getValues(0, String.class))
                .containsExactly("0001_initial_schema", FailingRevisions.GOOD);
    }

    @Test
    void withoutItTheJarsOwnRevisionSetRuns() throws Exception {
        Run heads = bin(Map.of(), "heads");

        assertThat(heads.exitCode()).as(heads.output()).isZero();
        List<org.somaagent.sa01.engine.revision.Revision> chain = new Sa01Revisions().revisions();
        assertThat(heads.output()).contains(chain.get(chain.size() - 1).id() + " (head)");
    }
}
