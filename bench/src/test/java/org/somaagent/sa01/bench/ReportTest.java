package org.somaagent.sa01.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make bench rewrites docs/benchmarks.md but keeps the online bench's block, markers included, as it was. */
class ReportTest {

    @Test
    void theOnlineBlockIsKeptAsItIs(@TempDir Path dir) throws Exception {
        String block = Report.ONLINE_BEGIN + "\n| online figure | 12 ms |\n" + Report.ONLINE_END;
        Path doc = Files.writeString(dir.resolve("benchmarks.md"), "# Benchmarks\n\n| old table |\n\n" + block + "\n\ntrailing text\n");

        assertThat(Report.preserved(doc)).isEqualTo(block + "\n");
    }

    @Test
    void noBlockNoFileNothingKept(@TempDir Path dir) throws Exception {
        assertThat(Report.preserved(dir.resolve("absent.md"))).isEmpty();
        assertThat(Report.preserved(Files.writeString(dir.resolve("plain.md"), "# Benchmarks\n" + Report.ONLINE_BEGIN + " unterminated"))).isEmpty();
    }
}
