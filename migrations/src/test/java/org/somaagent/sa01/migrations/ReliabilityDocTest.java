package org.somaagent.sa01.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.migrations.testing.ProjectFiles;

/** docs/reliability.md cannot drift from the tests: every test it names exists, and its bad-input table is BadInputIT's. */
class ReliabilityDocTest {

    private static final Pattern REFERENCE = Pattern.compile("`(\\w+)#(\\w+)`");
    private static final List<String> PACKAGES = List.of("", ".adopt", ".runner", ".cli", ".config", ".docker", ".connect", ".autogen", ".lint");

    @Test
    void everyNamedTestExists() throws Exception {
        String doc = Files.readString(ProjectFiles.resolve("docs/reliability.md"));
        Matcher m = REFERENCE.matcher(doc);
        List<String> references = new ArrayList<>();
        while (m.find()) {
            references.add(m.group(1) + "#" + m.group(2));
            Class<?> type = find(m.group(1));
            String method = m.group(2);
            assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName)).as(m.group()).contains(method);
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
        Class<?> badInput = find("BadInputIT");
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

    private static Class<?> find(String simpleName) {
        for (String pkg : PACKAGES) {
            try {
                return Class.forName("org.somaagent.sa01.migrations" + pkg + "." + simpleName);
            } catch (ClassNotFoundException ignored) {
                // try the next package
            }
        }
        throw new AssertionError("docs/reliability.md names " + simpleName + ", which is no test class");
    }
}
