package org.somaagent.sa01.cli.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;

/**
 * docker/Dockerfile, read as text: it copies the source tree whole (so a module added or moved
 * needs no Dockerfile edit), names the jar and the main class once each, takes its base images as
 * build arguments, and runs as a numeric non-root user. DockerImageIT builds and runs it.
 */
class DockerfileTest {

    private static String dockerfile() throws IOException {
        return Files.readString(ProjectFiles.resolve("docker/Dockerfile"));
    }

    private static String arg(String name) throws IOException {
        Matcher m = Pattern.compile("(?m)^ARG " + name + "=(\\S+)$").matcher(dockerfile());
        assertThat(m.find()).as("docker/Dockerfile declares ARG %s with a default", name).isTrue();
        String value = m.group(1);
        assertThat(m.find()).as("ARG %s has one default", name).isFalse();
        return value;
    }

    @Test
    void copiesTheSourceTreeWholeAndIgnoresBuildOutput() throws IOException {
        assertThat(dockerfile()).contains("COPY . /src").doesNotContainPattern("COPY \\S+/pom.xml")
                .doesNotContainPattern("(?m)^RUN .*go-offline");
        List<String> ignored = Files.readAllLines(ProjectFiles.resolve(".dockerignore"));
        assertThat(ignored).contains("**/target", ".git", "docker/sa01.env");
    }

    @Test
    void theJarIsNamedOnceAndItsModuleIsOneTheParentLists() throws IOException {
        String jar = arg("JAR");
        assertThat(jar).endsWith("/target/sa01-migrate.jar");
        String module = jar.substring(0, jar.indexOf('/'));
        List<String> modules = Pattern.compile("<module>([^<]+)</module>")
                .matcher(Files.readString(ProjectFiles.resolve("pom.xml"))).results().map(r -> r.group(1)).toList();
        assertThat(modules).contains(module);
        assertThat(dockerfile().split("target/sa01-migrate.jar", -1)).as("the jar path appears once").hasSize(2);
    }

    @Test
    void theMainClassIsNamedOnceAndIsTheJarsOwn() throws IOException {
        String mainClass = arg("MAIN_CLASS");
        String jar = arg("JAR");
        String modulePom = Files.readString(ProjectFiles.resolve(jar.substring(0, jar.indexOf('/')) + "/pom.xml"));
        assertThat(modulePom).contains("<mainClass>" + mainClass + "</mainClass>");
        assertThat(dockerfile().split(Pattern.quote(mainClass), -1)).as("the main class appears once").hasSize(2);
        assertThat(Files.readString(ProjectFiles.resolve("docker/migrate-entrypoint.sh"))).doesNotContain(mainClass);
    }

    @Test
    void baseImagesAreBuildArgumentsWithTheUsualDefaults() throws IOException {
        assertThat(arg("BUILD_IMAGE")).isEqualTo("maven:3.9-eclipse-temurin-21");
        assertThat(arg("RUNTIME_IMAGE")).isEqualTo("debian:bookworm-slim");
        assertThat(dockerfile()).contains("FROM ${BUILD_IMAGE} AS build", "FROM ${RUNTIME_IMAGE}");
    }

    @Test
    void runsAsANumericNonRootUserWithAJlinkedJreAndABuildTimeCdsArchive() throws IOException {
        Matcher user = Pattern.compile("(?m)^USER (\\d+)(:\\d+)?$").matcher(dockerfile());
        assertThat(user.find()).as("USER is numeric (Kubernetes' runAsNonRoot checks it)").isTrue();
        assertThat(Integer.parseInt(user.group(1))).isPositive();
        assertThat(dockerfile()).contains("jlink ", "-XX:ArchiveClassesAtExit=/app/sa01-migrate.jsa");
    }
}
