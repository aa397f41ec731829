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
 * docker/Dockerfile builds with Maven from the parent pom, which lists every module: a module whose
 * pom the image does not copy breaks the image build, and no Docker engine runs here to notice.
 */
class DockerfileTest {

    @Test
    void copiesThePomOfEveryModuleTheParentLists() throws IOException {
        String parent = Files.readString(ProjectFiles.resolve("pom.xml"));
        String dockerfile = Files.readString(ProjectFiles.resolve("docker/Dockerfile"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(parent);
        List<String> modules = module.results().map(m -> m.group(1)).toList();
        assertThat(modules).contains("migrations");
        for (String name : modules) {
            assertThat(dockerfile).as("docker/Dockerfile copies %s/pom.xml", name).contains("COPY " + name + "/pom.xml " + name + "/");
        }
    }
}
