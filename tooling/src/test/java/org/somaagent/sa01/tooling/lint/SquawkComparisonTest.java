package org.somaagent.sa01.tooling.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;

/**
 * squawk (npm {@code squawk-cli}, installed by .ci/run) on the same example files: whatever it
 * flags we flag on the same line under the mapped id, or docs/lint.md says why we do not. Skipped,
 * with the reason, where squawk is not installed.
 */
class SquawkComparisonTest {

    private static final Path UNSAFE = ProjectFiles.resolve("examples/lint/unsafe.sql");
    private static final Path SAFE = ProjectFiles.resolve("examples/lint/safe.sql");
    /** {@code file:line:column: warning: rule message}, line counted from 0. */
    private static final Pattern GCC = Pattern.compile("^.*?:(\\d+):\\d+: \\w+: ([a-z0-9-]+)");

    private record SquawkFinding(int line, String rule) {}

    @BeforeAll
    static void squawkIsInstalled() {
        boolean installed = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "squawk")));
        assumeTrue(installed, "squawk is not installed (npm install -g squawk-cli, as .ci/run does): comparison skipped");
    }

    @Test
    void whatSquawkFlagsInTheUnsafeFileWeFlagOnTheSameLineOrDocumentWhyNot() throws Exception {
        List<LintWarning> ours = new SqlFileLinter().lint(List.of(UNSAFE));
        String doc = Files.readString(ProjectFiles.resolve("docs/lint.md"));
        List<SquawkFinding> theirs = squawk(UNSAFE);
        assertThat(theirs).isNotEmpty();
        for (SquawkFinding finding : theirs) {
            List<LintCheck> mapped = Arrays.stream(LintCheck.values()).filter(c -> c.squawk().contains(finding.rule())).toList();
            if (mapped.isEmpty()) {
                assertThat(doc).as("docs/lint.md says why squawk's %s is left out", finding.rule()).contains("`" + finding.rule() + "`");
            } else {
                // on the same statement; not always under the mapped id: squawk's constraint-missing-not-valid also fires on
                // UNIQUE, which cannot be NOT VALID, where ours says unique-constraint
                assertThat(ours).as("squawk's %s on line %d", finding.rule(), finding.line()).extracting(LintWarning::location)
                        .contains("line " + finding.line());
            }
        }
    }

    /** squawk does not know a table created earlier in the file is new and empty: it flags those statements, we do not. */
    @Test
    void inTheSafeFileSquawkOnlyDiffersOnTheTableTheFileCreates() throws Exception {
        List<String> lines = Files.readAllLines(SAFE);
        int created = lines.indexOf(lines.stream().filter(l -> l.startsWith("create table")).findFirst().orElseThrow()) + 1;
        String doc = Files.readString(ProjectFiles.resolve("docs/lint.md"));
        for (SquawkFinding finding : squawk(SAFE)) {
            boolean mapped = Arrays.stream(LintCheck.values()).anyMatch(c -> c.squawk().contains(finding.rule()));
            if (mapped) {
                assertThat(finding.line()).as("squawk's %s", finding.rule()).isGreaterThan(created);
            } else {
                assertThat(doc).as("docs/lint.md says why squawk's %s is left out", finding.rule()).contains("`" + finding.rule() + "`");
            }
        }
    }

    private static List<SquawkFinding> squawk(Path file) throws Exception {
        Process p = new ProcessBuilder("squawk", "--reporter", "gcc", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().map(GCC::matcher).filter(Matcher::find)
                .map(m -> new SquawkFinding(Integer.parseInt(m.group(1)) + 1, m.group(2))).toList();
    }
}
