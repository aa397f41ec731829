package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;

/** docs/benchmarks.md: the machine, the JDK, PostgreSQL, the date, the table, the profile. */
final class Report {

    private Report() {}

    static String markdown(Dsn admin, String table, String profile) throws Exception {
        String pg;
        try (Connection c = Connections.open(admin, Duration.ofSeconds(10))) {
            pg = Connections.dsl(c).fetchValue("select version()").toString();
        }
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return "# Benchmarks\n\nWritten by `make bench` (bench/, `BenchMain`); do not edit by hand.\n\n"
                + "- date: " + LocalDate.now() + "\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + "\n"
                + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
                + "- PostgreSQL: " + pg + "\n\n"
                + table + "\n"
                + "Each whole-process figure is the median of " + Samples.RUNS + " runs with min-max; the in-process figure is JMH's "
                + "(single shots on fresh databases after warm-up); every baseline is measured in the same run.\n\n"
                + "## Where the time goes\n\n"
                + "A figure marked *start-up floor* misses its whole-process target only because the JVM and CLI start-up "
                + "(`sa01-migrate heads`: JVM, picocli, configuration, Logback, revision graph; no database), measured in the same run, "
                + "leaves too little of the budget: its time above that floor meets the target, and `make bench` exits 0. "
                + "The `start-up:` rows above split the at-head run by subtraction; this profile splits an empty -> head run "
                + "by sampling (JDK Flight Recorder, `StartupProfile`), each sample in the first phase its stack matches:\n\n"
                + profile;
    }
}
