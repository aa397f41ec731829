package org.somaagent.sa01.tooling.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.testing.ProjectFiles;

/**
 * Revision 0001 is plain DSL rendered once from the frozen legacy baseline by the autogenerate
 * renderer, and stays exactly that. {@code -Dsa01.rewrite=true} writes it (only ever needed when
 * the renderer's formatting changes; the checksum test in migrations then proves the SQL did not).
 */
class InitialRevisionSourceTest {

    private static final Path SOURCE = ProjectFiles.resolve("migrations/src/main/java/org/somaagent/sa01/migrations/versions/R0001InitialSchema.java");

    @Test
    void theCommittedInitialRevisionIsTheBaselineAsRendered() throws Exception {
        R0001InitialSchema r = new R0001InitialSchema();
        RevisionFile file = new RevisionFile(r.id(), "R0001InitialSchema", Optional.empty(), r.description());
        String rendered = Autogenerate.baselineSource(Sa01Revisions.LEGACY.schema(), file);
        if (Boolean.getBoolean("sa01.rewrite")) {
            Files.writeString(SOURCE, rendered);
        }
        assertThat(Files.readString(SOURCE)).isEqualTo(rendered);
    }
}
