package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.ProjectFiles;

/** {@code sa01-migrate lint FILE.sql}, as the README shows it: the example files, bad paths, JSON. */
class LintFilesIT {

    private static final Path UNSAFE = ProjectFiles.resolve("examples/lint/unsafe.sql");
    private static final Path SAFE = ProjectFiles.resolve("examples/lint/safe.sql");

    @Test
    void oneFindingPerUnsafeStatementAndExit1() throws Exception {
        CliProcess.Result lint = CliProcess.run(Map.of(), "lint", UNSAFE.toString());
        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        List<String> findings = lint.stdout().lines().filter(l -> l.startsWith("lint: " + UNSAFE + " (line ")).toList();
        long statements = Files.readAllLines(UNSAFE).stream().filter(l -> !l.isBlank() && !l.startsWith("--")).count();
        assertThat(findings).hasSize((int) statements).doesNotHaveDuplicates();
        assertThat(findings).allSatisfy(f -> assertThat(f).contains(" takes ").contains("; safe: "));
        assertThat(lint.stdout().lines().toList()).last().isEqualTo("lint: " + statements + " warning(s)");
    }

    @Test
    void theSafeEquivalentsExit0() throws Exception {
        CliProcess.Result lint = CliProcess.run(Map.of(), "lint", SAFE.toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.stdout().strip()).isEqualTo("lint: 0 warning(s)");
    }

    /** What upgrade --sql prints (BEGIN ... COMMIT around each revision) is a file lint reads: every table is created in it. */
    @Test
    void theUpgradeScriptLintsClean(@TempDir Path dir) throws Exception {
        CliProcess.Result sql = CliProcess.run(Map.of(), "upgrade", "--sql");
        assertThat(sql.exitCode()).as(sql.output()).isZero();
        Path script = Files.writeString(dir.resolve("upgrade.sql"), sql.stdout());
        CliProcess.Result lint = CliProcess.run(Map.of(), "lint", script.toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    @Test
    void aMissingFileIsAUsageErrorOnOneLine() throws Exception {
        CliProcess.Result lint = CliProcess.run(Map.of(), "lint", "/nonexistent/h.sql");
        assertThat(lint.exitCode()).isEqualTo(2);
        assertThat(lint.stderr().strip()).isEqualTo("sa01-migrate: error: lint: no SQL file /nonexistent/h.sql: give the path of a readable file");
    }

    @Test
    void jsonNamesTheFileTheStatementAndTheLock() throws Exception {
        CliProcess.Result lint = CliProcess.run(Map.of(), "--output", "json", "lint", UNSAFE.toString(), SAFE.toString());
        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(JsonOutputIT.py(lint.stdout(), "d['ok'], d['warnings'][0]['revision'], d['warnings'][0]['file'] == '" + UNSAFE
                + "', d['warnings'][0]['location'], d['warnings'][0]['check'], d['warnings'][0]['lock']"))
                .isEqualTo("False None True line 4 volatile-default ACCESS EXCLUSIVE for a full table rewrite");
    }
}
