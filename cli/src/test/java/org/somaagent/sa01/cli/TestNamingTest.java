package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;

/**
 * {@code mvn test} needs no database because every test that reaches one is an {@code *IT}, which
 * Failsafe runs in {@code mvn verify}: a test that takes a database or starts the CLI under a
 * {@code *Test} name would break that promise silently.
 */
class TestNamingTest {

    @Test
    void everyTestThatReachesADatabaseIsAnIntegrationTest() throws IOException {
        List<String> misnamed;
        try (Stream<Path> files = Files.walk(ProjectFiles.root(), 14)) {
            misnamed = files.filter(f -> f.toString().contains("/src/test/java/") && f.toString().endsWith("Test.java"))
                    .filter(f -> !f.getFileName().toString().equals("TestNamingTest.java"))
                    .filter(TestNamingTest::reachesADatabase).map(f -> ProjectFiles.root().relativize(f).toString()).toList();
        }
        assertThat(misnamed).as("rename these to *IT").isEmpty();
    }

    private static boolean reachesADatabase(Path source) {
        try {
            String text = Files.readString(source);
            return text.contains("TestDatabase ") || text.contains("FreshDatabase.admin()") || text.contains("CliProcess.run(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
