package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;

/** docs/benchmarks.md: the machine, the JDK, PostgreSQL, the date, the table, the profile, and the online bench's block. */
final class Report {

    /** The online bench (another make target) writes its own block between these lines; make bench keeps it as it is. */
    static final String ONLINE_BEGIN = "<!-- online:begin -->";
    static final String ONLINE_END = "<!-- online:end -->";

    private Report() {}

    /** The online block of the current file, markers included, or nothing. */
    static String preserved(Path doc) throws Exception {
        if (!Files.exists(doc)) {
            return "";
        }
        String text = Files.readString(doc);
        int begin = text.indexOf(ONLINE_BEGIN);
        int end = text.indexOf(ONLINE_END, Math.max(begin, 0));
        return begin < 0 || end < 0 ? "" : text.substring(begin, end + ONLINE_END.length()) + "\n";
    }

    static String markdown(Dsn admin, String table, String profile, String online) throws Exception {
        String pg;
        try (Connection c = Connections.open(admin, Duration.ofSeconds(10))) {
            pg = Connections.dsl(c).fetchValue("select version()").toString();
        }
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        return "# Benchmarks\n\nWritten by `make bench` (bench/, `BenchMain`); do not edit by hand.\n\n"
                + "- date: " + LocalDate.now() + "\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + memory + "; load average at the end: " + load + "\n"
                + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
                + "- PostgreSQL: " + pg + "\n"
                + "- connections: role `" + ScramRole.NAME + "` with a password, scram-sha-256, over TCP (its own pg_hba.conf line)\n\n"
                + table + "\n"
                + "Each whole-process figure is the median of " + Samples.RUNS + " runs with min-max, the tools run in alternation "
                + "(one round of each, after one unrecorded round), each on a fresh database where the figure starts empty; "
                + "the in-process figure is JMH's (single shots on fresh databases after warm-up); every baseline is measured in the same run. "
                + "Alembic is Debian's python3-alembic with asyncpg running upstream somaAgent01's revisions 001-003 through upstream's env.py; "
                + "Flyway is flyway-core from Maven Central through its Java API, in a JVM with the same start-up flags as sa01-migrate.\n\n"
                + "## Where the time goes\n\n"
                + "The `start-up:` rows above split the at-head run by subtraction; these profiles split an empty -> head run "
                + "and an at-head run by sampling (JDK Flight Recorder, `StartupProfile`), each sample in the first phase its stack matches:\n\n"
                + profile
                + (online.isEmpty() ? "" : "\n" + online);
    }
}
