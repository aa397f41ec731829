package org.somaagent.sa01.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.somaagent.sa01.engine.config.Dsn;

/**
 * PostgreSQL's pgbench running a custom write script at a fixed rate ({@code -R}) for a fixed time,
 * with a per-transaction log ({@code -l}): every transaction's latency, which under {@code -R}
 * counts from its scheduled start, so a write queued behind a lock is seen whole.
 */
final class Pgbench {

    static final String EXECUTABLE = "/usr/bin/pgbench";
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    /** One transaction: when it was scheduled to start and how long it took, in microseconds since the epoch. */
    record Transaction(long startMicros, long latencyMicros) {}

    /** What a run left: its transactions, and those that failed (errors, or a client pgbench aborted). */
    record Result(List<Transaction> transactions, long failed, String output) {

        Latency between(long fromMicros, long toMicros) {
            return Latency.of(latencies(fromMicros, toMicros));
        }

        /** The latencies of the transactions scheduled to start in [from, to), in µs. */
        long[] latencies(long fromMicros, long toMicros) {
            return transactions.stream().filter(t -> t.startMicros() >= fromMicros && t.startMicros() < toMicros)
                    .mapToLong(Transaction::latencyMicros).toArray();
        }
    }

    private final Process process;
    private final Path logDirectory;

    private Pgbench(Process process, Path logDirectory) {
        this.process = process;
        this.logDirectory = logDirectory;
    }

    static Pgbench start(Dsn db, Path script, int ratePerSecond, int clients, Duration duration) throws IOException {
        Path logs = Files.createTempDirectory("sa01-pgbench");
        ProcessBuilder pb = new ProcessBuilder(EXECUTABLE, "-n", "-h", db.host(), "-p", String.valueOf(db.port()), "-U", db.user(),
                "-f", script.toString(), "-R", String.valueOf(ratePerSecond), "-c", String.valueOf(clients), "-j", "1",
                "-T", String.valueOf(duration.toSeconds()), "-l", "--log-prefix=" + logs.resolve("tx"), db.database())
                .directory(logs.toFile()).redirectErrorStream(true);
        db.password().ifPresent(password -> pb.environment().put("PGPASSWORD", password)); // never on the command line
        return new Pgbench(pb.start(), logs);
    }

    Result await() throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        List<Transaction> transactions = new ArrayList<>();
        long failed = 0;
        try (Stream<Path> files = Files.list(logDirectory)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    // client_id transaction_no time script_no time_epoch time_us [schedule_lag]; time: latency in µs, or "failed"
                    String[] f = line.split(" ");
                    if (!f[2].chars().allMatch(Character::isDigit)) {
                        failed++;
                        continue;
                    }
                    long latency = Long.parseLong(f[2]);
                    long end = Long.parseLong(f[4]) * 1_000_000 + Long.parseLong(f[5]);
                    transactions.add(new Transaction(end - latency, latency));
                }
                Files.delete(file);
            }
        }
        Files.delete(logDirectory);
        Matcher m = FAILED.matcher(output);
        long reported = m.find() ? Long.parseLong(m.group(1)) : 0;
        long aborted = output.lines().filter(l -> l.matches("client \\d+ aborted.*")).count();
        if (exit != 0 && aborted == 0 && reported == 0) {
            throw new IllegalStateException("pgbench exited " + exit + ": " + output.strip());
        }
        return new Result(transactions, Math.max(failed, reported) + aborted, output);
    }
}
