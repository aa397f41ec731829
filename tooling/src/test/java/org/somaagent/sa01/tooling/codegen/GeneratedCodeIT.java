package org.somaagent.sa01.tooling.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.ProjectFiles;

/** The committed classes are what head generates; when they are not, the build says how to fix it. */
class GeneratedCodeIT {

    static final Path COMMITTED = ProjectFiles.resolve("codegen/src/generated/java");

    @Test
    void committedGeneratedCodeMatchesHead() throws Exception {
        List<String> stale = CodegenMain.staleFiles(FreshDatabase.admin(), COMMITTED);
        assertThat(stale).as(CodegenMain.STALE).isEmpty();
    }

    @Test
    void aStaleOrMissingFileIsNamed(@TempDir Path copy) throws Exception {
        copyTree(COMMITTED, copy);
        Path prompts = copy.resolve("org/somaagent/sa01/generated/tables/Prompts.java");
        Files.writeString(prompts, Files.readString(prompts).replace("VERSION", "REVISION"));
        Files.delete(copy.resolve("org/somaagent/sa01/generated/enums/CostTier.java"));

        List<String> stale = CodegenMain.staleFiles(FreshDatabase.admin(), copy);

        assertThat(stale).containsExactlyInAnyOrder("org/somaagent/sa01/generated/enums/CostTier.java (not committed)",
                "org/somaagent/sa01/generated/tables/Prompts.java (differs)");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
