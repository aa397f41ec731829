package org.somaagent.sa01.cli.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;

/** Builds the image and runs compose up, where a Docker engine answers; elsewhere reported as skipped, with the reason. */
class DockerImageIT {

    private static boolean dockerEngineAnswers() {
        try {
            Process p = new ProcessBuilder("docker", "info").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static int run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    @Test
    void imageBuildsAndComposeBringsTheSchemaToHeadBeforeTheApp() throws Exception {
        assumeTrue(dockerEngineAnswers(), "no Docker engine: 'docker info' failed, so the image is not built here");
        Path root = ProjectFiles.root();
        Path env = root.resolve("docker/sa01.env");
        if (!Files.exists(env)) {
            Files.copy(root.resolve("docker/sa01.env.example"), env);
        }
        assertThat(run(root, "docker", "build", "-f", "docker/Dockerfile", "-t", "sa01-migrate:latest", ".")).isZero();
        String compose = "docker" + File.separator + "compose.yaml";
        try {
            assertThat(run(root, "docker", "compose", "-f", compose, "up", "-d", "--wait", "app")).isZero();
            assertThat(run(root, "docker", "compose", "-f", compose, "run", "--rm", "migrate", "check")).isZero();
        } finally {
            run(root, "docker", "compose", "-f", compose, "down", "-v");
        }
    }
}
