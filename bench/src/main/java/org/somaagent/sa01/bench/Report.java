package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import org.somaagent.sa01.migrations.config.Dsn;
import org.somaagent.sa01.migrations.connect.Database;

/** docs/benchmarks.md: the machine, the JDK, PostgreSQL, the date, the table. */
final class Report {

    private Report() {}

    static String markdown(Dsn admin, String table) throws Exception {
        String pg;
        try (Connection c = Database.connect(admin, Duration.ofSeconds(10))) {
            pg = Database.dsl(c).fetchValue("select version()").toString();
        }
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return "# Benchmarks\n\nWritten by `make bench` (bench/, `BenchMain`); do not edit by hand.\n\n"
                + "- date: " + LocalDate.now() + "\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + "\n"
                + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
                + "- PostgreSQL: " + pg + "\n\n"
                + table + "\n"
                + "Each figure is the median of 5 runs with min-max, and its baseline is measured in the same run.\n"
                + "See \"Where the time goes\" in README.md for the start-up profile behind the at-head figure.\n";
    }
}
