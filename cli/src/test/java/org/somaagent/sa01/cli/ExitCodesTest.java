package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.error.ErrorKind;

class ExitCodesTest {

    @Test
    void exitCodesAreTheFiveTheIssuesFixAndUnique() {
        Map<Integer, ErrorKind> byCode = Arrays.stream(ErrorKind.values()).collect(Collectors.toMap(ErrorKind::exitCode, k -> k));
        assertThat(byCode).hasSize(ErrorKind.values().length);
        assertThat(byCode.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void helpListsEveryExitCode() {
        String table = RootCommand.exitCodeTable();
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(table).contains(kind.exitCode() + "  " + kind.meaning());
        }
    }

    @Test
    void redactsPasswordsInUrlsAndParameters() {
        assertThat(ErrorReporter.redact("cannot reach postgresql://soma:s3cret@h/db, jdbc:postgresql://h/db?user=a&password=p4ss"))
                .doesNotContain("s3cret").doesNotContain("p4ss").contains("postgresql://soma:****@h/db").contains("password=****");
    }
}
