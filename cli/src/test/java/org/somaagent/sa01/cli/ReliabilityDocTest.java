package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;

/** docs/reliability.md cannot drift from the tests: every test it names exists, and its bad-input table is BadInputIT's. */
class ReliabilityDocTest {

    private static final Pattern REFERENCE = Pattern.compile("`(\\w+)#(\\w+)`");

    @Test
    void everyNamedTestExists() throws Exception {
        String doc = Files.readString(ProjectFiles.resolve("docs/reliability.md"));
        Matcher m = REFERENCE.matcher(doc);
        List<String> references = new ArrayList<>();
        while (m.find()) {
            references.add(m.group(1) + "#" + m.group(2));
            assertThat(testSource(m.group(1))).as(m.group()).containsPattern("\\b" + m.group(2) + "\\(");
        }
        assertThat(references).hasSizeGreaterThan(15);
    }

    @Test
    void theBadInputTableListsExactlyBadInputItsCases() throws Exception {
        List<String> lines = Files.readAllLines(ProjectFiles.resolve("docs/reliability.md"));
        int start = lines.indexOf("## Bad input");
        int end = lines.indexOf("## Security");
        List<String> documented = lines.subList(start, end).stream()
                .filter(l -> l.matches("\\| [^|`]+ \\| [0-4] \\|"))
                .map(l -> l.split("\\|")[1].strip() + " -> " + l.split("\\|")[2].strip()).toList();
        Class<?> badInput = BadInputIT.class;
        Method cases = badInput.getDeclaredMethod("cases");
        cases.setAccessible(true);
        List<String> tested = ((Stream<?>) cases.invoke(null)).map(c -> {
            try {
                return c.getClass().getMethod("name").invoke(c) + " -> " + c.getClass().getMethod("exitCode").invoke(c);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(documented).containsExactlyElementsOf(tested).hasSizeGreaterThanOrEqualTo(20);
    }

    /** The source of a test class of any module: the tests are spread over the modules whose classes they exercise. */
    private static String testSource(String simpleName) throws IOException {
        try (Stream<Path> files = Files.walk(ProjectFiles.root(), 12)) {
            Path source = files.filter(f -> f.getFileName().toString().equals(simpleName + ".java"))
                    .filter(f -> f.toString().contains("/src/test/java/")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/reliability.md names " + simpleName + ", which is no test class"));
            return Files.readString(source);
        }
    }
}
