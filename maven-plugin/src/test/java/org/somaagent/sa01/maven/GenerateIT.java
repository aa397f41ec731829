package org.somaagent.sa01.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.testing.FreshDatabase;

/** generate: a scratch database at head, jOOQ's classes into target/generated-sources/sa01, skipped when nothing changed. */
class GenerateIT {

    @TempDir
    Path dir;

    private GenerateMojo mojo(Path out) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.basedir = dir.toFile();
        mojo.adminDsn = DsnParameter.of(FreshDatabase.admin().toLibpqUri());
        mojo.outputDirectory = out.toFile();
        mojo.project = new MavenProject();
        mojo.setLog(new GoalsIT.Lines());
        return mojo;
    }

    @Test
    void generatesOnceThenSkipsAndVerifiesTheCommittedClasses() throws Exception {
        Path out = dir.resolve("target/generated-sources/sa01");
        GenerateMojo first = mojo(out);
        first.execute();
        assertThat(out.resolve("org/somaagent/sa01/generated/tables/MultimodalAssets.java")).exists();
        assertThat(out.resolve("org/somaagent/sa01/generated/tables/SessionEmbeddings.java")).exists();
        assertThat(first.project.getCompileSourceRoots()).contains(out.toString());
        assertThat(((GoalsIT.Lines) first.getLog()).lines).last().asString().startsWith("generate: generated ");

        Path committed = Path.of(System.getProperty("sa01.project.dir"), "codegen/src/generated/java");
        GenerateMojo second = mojo(out);
        second.verifyCommitted = true;
        second.committedDirectory = committed.toFile();
        second.execute();
        assertThat(((GoalsIT.Lines) second.getLog()).lines).first().asString().contains("revisions unchanged");
        assertThat(((GoalsIT.Lines) second.getLog()).lines).last().asString().endsWith("matches head");

        Path tampered = dir.resolve("committed");
        try (Stream<Path> files = Files.walk(committed)) {
            for (Path f : files.toList()) {
                Path target = tampered.resolve(committed.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path assets = tampered.resolve("org/somaagent/sa01/generated/tables/MultimodalAssets.java");
        Files.writeString(assets, Files.readString(assets) + "\n// edited by hand\n");
        GenerateMojo third = mojo(out);
        third.verifyCommitted = true;
        third.committedDirectory = tampered.toFile();
        assertThatThrownBy(third::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("stale").hasMessageContaining("MultimodalAssets.java (differs)");
    }
}
