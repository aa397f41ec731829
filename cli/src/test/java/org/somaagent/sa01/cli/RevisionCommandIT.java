package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.ProjectFiles;
import org.somaagent.sa01.migrations.testing.RevisionCompiler;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;

/** {@code sa01-migrate revision -m MSG}: an empty revision after the head, registered, compilable. */
class RevisionCommandIT {

    @Test
    void writesAnEmptyRevisionAfterTheHeadAndRegistersIt(@TempDir Path versions) throws Exception {
        Path registry = versions.resolve("Sa01Revisions.java");
        Files.copy(ProjectFiles.resolve("migrations/src/main/java/org/somaagent/sa01/migrations/versions/Sa01Revisions.java"), registry);

        CliProcess.Result result = CliProcess.run(Map.of(), "revision", "-m", "Backfill prompt locales!", "--versions-dir", versions.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<Revision> chain = new Sa01Revisions().revisions();
        Revision head = chain.get(chain.size() - 1);
        String number = "%04d".formatted(chain.size() + 1);
        String className = "R" + number + "BackfillPromptLocales";
        Path written = versions.resolve(className + ".java");
        assertThat(result.stdout()).contains("wrote " + written, number + "_backfill_prompt_locales");
        assertThat(Files.readString(registry)).contains("new " + head.getClass().getSimpleName() + "(),\n            new " + className + "(),\n"
                + "            // sa01-migrate revision appends");
        Revision revision = RevisionCompiler.compile(className, Files.readString(written));
        assertThat(revision.id()).isEqualTo(number + "_backfill_prompt_locales");
        assertThat(revision.parent()).contains(head.id());
        assertThat(revision.description()).isEqualTo("Backfill prompt locales!");
        assertThat(revision.upgrade()).isEmpty();

        CliProcess.Result again = CliProcess.run(Map.of(), "revision", "-m", "Backfill prompt locales!", "--versions-dir", versions.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.stderr()).contains("exists already");
    }
}
