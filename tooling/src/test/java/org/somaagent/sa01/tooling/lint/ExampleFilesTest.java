package org.somaagent.sa01.tooling.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;

/** The README's example files: one finding per statement of unsafe.sql, none in safe.sql. */
class ExampleFilesTest {

    private static final Path UNSAFE = ProjectFiles.resolve("examples/lint/unsafe.sql");
    private static final Path SAFE = ProjectFiles.resolve("examples/lint/safe.sql");

    @Test
    void everyUnsafeStatementIsFlaggedOnce() throws Exception {
        List<SqlScript.Piece> statements = SqlScript.statements(java.nio.file.Files.readString(UNSAFE));
        List<LintWarning> warnings = new SqlFileLinter().lint(List.of(UNSAFE));
        assertThat(warnings).extracting(LintWarning::location)
                .containsExactlyElementsOf(statements.stream().map(s -> "line " + s.line()).toList());
        assertThat(warnings).allSatisfy(w -> assertThat(w.source()).isEqualTo(UNSAFE.toString()));
    }

    @Test
    void theSafeEquivalentsPass() {
        assertThat(new SqlFileLinter().lint(List.of(SAFE))).isEmpty();
    }
}
