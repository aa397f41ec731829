package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.engine.runner.StepResult;
import org.somaagent.sa01.testing.OrdersFixture;

/**
 * make bench-online: a write workload (pgbench at a fixed rate) against a 1M-row table, alone right
 * before and right after (the baseline), while the runner applies revisions made of the online
 * helpers, while the table is vacuumed of what the backfill left, and while two unsafe revisions
 * are forced against a long application transaction. Prints latency
 * p50/p99/max of each against the baseline of the same run, the longest write-blocking lock a
 * revision held and the failed transactions; writes them into docs/benchmarks.md between its
 * online markers; exit 1 on a missed target.
 */
public final class OnlineBench {

    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(1);
    static final int RATE = 100;
    static final int CLIENTS = 4;
    /** Each half of the baseline, before and after the revisions: 30 s measured, 3,000 transactions, so its p99 is not a handful of them. */
    static final Duration BASELINE_HALF = Duration.ofSeconds(35);
    static final Duration DURING_REVISIONS = Duration.ofSeconds(180);
    /** The vacuum of the rows the backfill left dead, waiting first for an autovacuum already at work. */
    static final Duration DURING_VACUUM = Duration.ofSeconds(60);
    static final Duration DURING_UNSAFE = Duration.ofSeconds(25);
    /** Before a phase's action starts and after pgbench starts: the clients are connected and at rate. */
    static final Duration SETTLE = Duration.ofSeconds(2);
    /** What sampling pg_locks every 2 ms on a loaded 2-core machine may add to a measured wait. */
    static final Duration SAMPLING_MARGIN = Duration.ofMillis(100);
    /** The markers of this bench's block in docs/benchmarks.md, which BenchMain's rewrite keeps (one home: Report). */
    static final String BEGIN = Report.ONLINE_BEGIN;
    static final String END = Report.ONLINE_END;

    private final Path root;
    private final Dsn admin;
    private final List<String> missed = new ArrayList<>();
    /** The workload's pgbench script. */
    private Path script;
    /** How many unsafe revisions gave up on lock_timeout after their retries (both must). */
    private int unsafeGaveUp;
    /** Whether lint exited 1 on every unsafe revision's SQL; null when this build's lint takes no file. */
    private Boolean lintStopsUnsafe;
    /** Whether lint exited 0 on the online revisions' SQL; null when not run. */
    private Boolean lintPassesSafe;

    private OnlineBench(Path root, Dsn admin) {
        this.root = root;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.exit(new OnlineBench(Path.of(args[0]).toAbsolutePath().normalize(), BenchMain.adminDsn()).run());
    }

    /**
     * What happened in one phase: the workload's latency in the action's window, its failed transactions, the
     * longest write-blocking lock a revision held and the longest a write waited for a lock (sampled from pg_locks).
     */
    record Phase(Latency latency, long failed, double longestLockMs, double longestWaitMs, double actionMs, String outcome,
                 Pgbench.Result workload, long fromMicros, long toMicros) {

        /** Two phases as one: the transactions of both windows together. */
        static Phase both(Phase a, Phase b, String outcome) {
            long[] first = a.workload.latencies(a.fromMicros, a.toMicros);
            long[] second = b.workload.latencies(b.fromMicros, b.toMicros);
            long[] all = java.util.Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, all, first.length, second.length);
            return new Phase(Latency.of(all), a.failed + b.failed, Math.max(a.longestLockMs, b.longestLockMs),
                    Math.max(a.longestWaitMs, b.longestWaitMs), a.actionMs + b.actionMs, outcome, a.workload, a.fromMicros, a.toMicros);
        }
    }

    private interface Action {
        String run() throws Exception;
    }

    private int run() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench_online")) {
            RunnerConfig config = ConfigLoader.defaults(db.dsn()).withLockTimeout(LOCK_TIMEOUT).withConnectTimeout(Duration.ofSeconds(10));
            long fillStart = System.nanoTime();
            migrator(config, new OnlineBenchRevisions.Safe()).upgrade(OrdersFixture.FIRST);
            Connections.execute(db.dsn(), "vacuum analyze orders");
            System.out.printf(Locale.ROOT, "bench-online: %,d orders in %.1f s%n", OnlineBenchRevisions.ROWS, (System.nanoTime() - fillStart) / 1e9);
            script = Files.createTempFile("sa01-online-workload", ".sql");
            Files.writeString(script, workload());
            try {
                // The baseline is measured right before and right after the revisions: a machine whose load drifts
                // (other processes on 2 cores) weighs on both sides of the comparison, not on one.
                Phase before = phase(db.dsn(), BASELINE_HALF, OnlineBench::workloadAlone);
                List<StepResult> steps = new ArrayList<>();
                Phase safe = phase(db.dsn(), DURING_REVISIONS, () -> {
                    steps.addAll(migrator(config, new OnlineBenchRevisions.Safe()).upgrade("head").steps());
                    return steps.size() + " revisions applied (0002-0008)";
                });
                String revisions = perRevision(safe, steps);
                // The backfill leaves a million dead rows. Autovacuum cleans them when it comes by, which could be inside the
                // "after" half of the baseline and slow it, making the revisions look cheaper. So they are vacuumed here,
                // as autovacuum would (same throttling), in a phase reported on its own, and the after half starts clean.
                Phase vacuum = phase(db.dsn(), DURING_VACUUM, () -> vacuumAsAutovacuumWould(db.dsn()));
                Phase after = phase(db.dsn(), BASELINE_HALF, OnlineBench::workloadAlone);
                Phase baseline = Phase.both(before, after, "no revision, before and after");
                Phase unsafe = phase(db.dsn(), DURING_UNSAFE, () -> forceUnsafe(db.dsn(), config));
                String lint = lintSteps();
                String block = report(before, after, baseline, safe, vacuum, unsafe, lint, revisions);
                System.out.print(block);
                writeBlock(block);
            } finally {
                Files.deleteIfExists(script);
            }
        }
        missed.forEach(m -> System.err.println("bench-online: target missed: " + m));
        return missed.isEmpty() ? 0 : 1;
    }

    /** Each transaction updates a random order and inserts one, writing region as the application's current release does. */
    private static String workload() {
        return """
                \\set id random(2, %d)
                \\set c random(1, %d)
                begin;
                update orders set amount = amount + 1 where id = :id;
                insert into orders (customer_id, amount, region) values (:c, 1, :c %% 10);
                commit;
                """.formatted(OnlineBenchRevisions.ROWS, OnlineBenchRevisions.CUSTOMER_ROWS);
    }

    private Phase phase(Dsn db, Duration duration, Action action) throws Exception {
        try (LockSampler locks = new LockSampler(db, LockSampler.Watch.heldByRunner(LockSampler.WRITE_BLOCKING), LockSampler.Watch.waitedForBy("pgbench"))) {
            Pgbench pgbench = Pgbench.start(db, script, RATE, CLIENTS, duration);
            Thread.sleep(SETTLE.toMillis());
            long from = micros();
            String outcome = action.run();
            long to = micros();
            Pgbench.Result workload = pgbench.await();
            if (to > from + duration.minus(SETTLE).toNanos() / 1000) {
                missed.add("the action outlasted the workload (" + duration.toSeconds() + " s): " + outcome);
            }
            Phase phase = new Phase(workload.between(from, to), workload.failed(), locks.longestMs(0), locks.longestMs(1), (to - from) / 1000.0, outcome,
                    workload, from, to);
            System.out.printf(Locale.ROOT, "bench-online: %s: %s%n", outcome, phase.latency());
            return phase;
        }
    }

    /** The baseline's action: nothing, for the workload's time less the settling and a margin for pgbench to end. */
    private static String workloadAlone() throws InterruptedException {
        Thread.sleep(BASELINE_HALF.minus(SETTLE).minusSeconds(3).toMillis());
        return "no revision";
    }

    /**
     * {@code VACUUM orders} with autovacuum's throttling (PostgreSQL's defaults for it: 2 ms of sleep per 200
     * cost units); it waits for an autovacuum of the table already running, then finds what is left.
     */
    private static String vacuumAsAutovacuumWould(Dsn db) throws Exception {
        try (Connection c = Connections.open(db, Duration.ofSeconds(10)); Statement s = c.createStatement()) {
            s.execute("set vacuum_cost_delay = '2ms'");
            s.execute("set vacuum_cost_limit = 200");
            s.execute("vacuum orders");
        }
        return "vacuum of orders, throttled as autovacuum is";
    }

    /**
     * A long application transaction holds ROW EXCLUSIVE on orders (an uncommitted update of a row
     * the workload never touches) while each unsafe revision is forced: each must give up after
     * lock_timeout and its retries, and the workload must not queue behind it longer than that.
     */
    private String forceUnsafe(Dsn db, RunnerConfig config) throws Exception {
        Dsn app = Dsn.parse(db.toLibpqUri() + (db.toLibpqUri().contains("?") ? "&" : "?") + "application_name=sa01-bench-app");
        List<String> outcomes = new ArrayList<>();
        try (Connection c = Connections.open(app, Duration.ofSeconds(10)); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("update orders set amount = amount where id = 1");
            for (RevisionSet unsafe : List.of(new OnlineBenchRevisions.UnsafeIndex(), new OnlineBenchRevisions.UnsafeNotNull())) {
                String id = unsafe.revisions().getLast().id();
                long start = System.nanoTime();
                try {
                    migrator(config, unsafe).upgrade("head");
                    outcomes.add(id + " ran although a transaction held its table");
                } catch (MigrationException e) {
                    boolean lockTimeout = e.getMessage().contains("lock_timeout " + LOCK_TIMEOUT.toMillis() + " ms");
                    String outcome = String.format(Locale.ROOT, "%s gave up after %.1f s%s", id, (System.nanoTime() - start) / 1e9,
                            lockTimeout ? " (lock_timeout and its retries)" : ": " + e.getMessage().lines().findFirst().orElse(""));
                    unsafeGaveUp += lockTimeout ? 1 : 0;
                    outcomes.add(outcome);
                }
            }
            c.rollback();
        }
        return String.join("; ", outcomes);
    }

    /**
     * {@code bin/sa01-migrate lint FILE.sql} on the unsafe revisions' {@code upgrade --sql} output, each of
     * which must exit 1, and on the online revisions' (0002 to head), which must exit 0. A build whose
     * lint takes no file says so (exit 2, usage) and the step is reported, not failed.
     */
    private String lintSteps() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (Class<? extends RevisionSet> unsafe : List.of(OnlineBenchRevisions.UnsafeIndex.class, OnlineBenchRevisions.UnsafeNotNull.class)) {
            String id = unsafe.getDeclaredConstructor().newInstance().revisions().getLast().id();
            Processes.Output lint = lint(unsafe, id, id);
            if (lint.exit() == 2) {
                return "lint FILE.sql not available";
            }
            lintStopsUnsafe = (lintStopsUnsafe == null || lintStopsUnsafe) && lint.exit() == 1;
            outcomes.add(id + ": exit " + lint.exit() + rules(lint.text()));
        }
        Processes.Output safe = lint(OnlineBenchRevisions.Safe.class, OnlineBenchRevisions.FIRST_ONLINE, OnlineBenchRevisions.HEAD);
        lintPassesSafe = safe.exit() == 0;
        outcomes.add("0002-0008: exit " + safe.exit() + rules(safe.text()));
        return String.join("; ", outcomes);
    }

    /** The rule ids of lint's findings, from lines such as {@code lint: FILE (line 3): index-not-concurrently: ...}. */
    private static String rules(String lintOutput) {
        List<String> ids = lintOutput.lines().map(l -> l.replaceFirst("^lint: .*? \\(line \\d+\\): ([a-z0-9-]+):.*$", "$1"))
                .filter(l -> l.matches("[a-z0-9-]+")).distinct().toList();
        return ids.isEmpty() ? " (no finding)" : " (" + String.join(", ", ids) + ")";
    }

    /**
     * Lint of the {@code upgrade --sql} output of {@code set} (the real CLI, with this module's classes on its
     * class path and the set as revision_set), from revision {@code first} on: the tables that earlier
     * revisions create in the same script would be new, and new tables are not flagged.
     */
    private Processes.Output lint(Class<? extends RevisionSet> set, String first, String last) throws Exception {
        Path properties = Files.createTempFile("sa01-online-lint", ".properties");
        Path sql = Files.createTempFile("sa01-online-lint", ".sql");
        try {
            Files.writeString(properties, "revision_set=" + set.getName() + "\n");
            String classPath = String.join(java.io.File.pathSeparator, root.resolve("cli/target/sa01-migrate.jar").toString(),
                    codeSource(OnlineBench.class), codeSource(OrdersFixture.class));
            Processes.Output script = Processes.run(root, List.of(Processes.java(), "-cp", classPath, "org.somaagent.sa01.cli.Main",
                    "--config", properties.toString(), "upgrade", last, "--sql"));
            if (script.exit() != 0) {
                throw new IllegalStateException("upgrade --sql of " + set.getSimpleName() + " exited " + script.exit() + ": " + script.text().strip());
            }
            Files.writeString(sql, script.text().substring(script.text().indexOf("-- upgrade " + first)));
            return Processes.run(root, List.of(root.resolve("bin/sa01-migrate").toString(), "lint", sql.toString()));
        } finally {
            Files.deleteIfExists(properties);
            Files.deleteIfExists(sql);
        }
    }

    /** Where the latency went: the workload in each revision's window (from the runner's step durations), as table rows; a figure, not a target. */
    private static String perRevision(Phase phase, List<StepResult> steps) {
        StringBuilder rows = new StringBuilder();
        long from = phase.fromMicros();
        for (StepResult step : steps) {
            long to = from + step.durationMs() * 1000;
            Latency latency = phase.workload().between(from, to);
            System.out.printf(Locale.ROOT, "bench-online:   %s: %d ms, workload %s%n", step.revisionId(), step.durationMs(), latency);
            rows.append(String.format(Locale.ROOT, "| %s | %d ms | %d | %.1f ms | %.1f ms | %.0f ms |%n", step.revisionId(), step.durationMs(),
                    latency.count(), latency.p50(), latency.p99(), latency.max()));
            from = to;
        }
        return rows.toString();
    }

    /** The jar or folder a class of the revision sets was loaded from, for the CLI's class path. */
    private static String codeSource(Class<?> type) throws java.net.URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static Migrator migrator(RunnerConfig config, RevisionSet revisions) {
        return Migrator.configure().config(config).revisions(revisions).load();
    }

    private static long micros() {
        return System.currentTimeMillis() * 1000;
    }

    private String report(Phase before, Phase after, Phase baseline, Phase safe, Phase vacuum, Phase unsafe, String lint, String revisions) {
        double ratio = safe.latency().p99() / baseline.latency().p99();
        double vacuumRatio = vacuum.latency().p99() / baseline.latency().p99();
        long waitLimitMs = LOCK_TIMEOUT.plus(SAMPLING_MARGIN).toMillis();
        long failed = baseline.failed() + safe.failed() + vacuum.failed() + unsafe.failed();
        StringBuilder s = new StringBuilder(BEGIN).append("\n## Online revisions under load\n\n")
                .append("Written by `make bench-online` (bench/, `OnlineBench`); do not edit by hand. ")
                .append(String.format(Locale.ROOT, "%s, %,d rows in `orders`; workload: pgbench at %d transactions/s from %d clients, "
                                + "each an update of a random order and an insert; runner lock_timeout %d ms; the backfill in batches of %d rows, pausing %d ms or %.1fx the batch's time, "
                                + "the longer; latency counts from each transaction's scheduled start.%n%n",
                        java.time.LocalDate.now(), OnlineBenchRevisions.ROWS, RATE, CLIENTS, LOCK_TIMEOUT.toMillis(), OnlineBenchRevisions.BACKFILL_BATCH,
                        OnlineBenchRevisions.BACKFILL_PAUSE.toMillis(), OnlineBenchRevisions.BACKFILL_NICE_RATIO))
                .append("| phase | what ran | transactions | p50 | p99 | max | failed | longest write-blocking lock a revision held | longest lock wait of a write |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
                .append(row("baseline, same run: right before the revisions", before))
                .append(row("baseline, same run: right after the revisions", after))
                .append(row("**baseline**: both halves", baseline))
                .append(row("during the online revisions", safe))
                .append(row("vacuum of the rows the backfill left dead (between the revisions and the after half)", vacuum))
                .append(row("unsafe revisions forced against a long transaction", unsafe))
                .append("\nThe workload during each online revision (windows from the runner's step durations; few transactions in the short ones):\n\n")
                .append("| revision | took | transactions | p50 | p99 | max |\n| --- | --- | --- | --- | --- | --- |\n")
                .append(revisions)
                .append("\n| target | measured | met |\n| --- | --- | --- |\n")
                .append(target("p99 during the revisions at most 2x the baseline p99", String.format(Locale.ROOT, "%.2fx (%.1f ms vs %.1f ms)", ratio,
                        safe.latency().p99(), baseline.latency().p99()), ratio <= 2))
                .append(String.format(Locale.ROOT, "| the vacuum after the backfill (a figure, not a target: PostgreSQL's upkeep after any bulk update) | %.2fx (%.1f ms vs %.1f ms) | – |%n",
                        vacuumRatio, vacuum.latency().p99(), baseline.latency().p99()))
                .append(target("no write waits for a lock longer than lock_timeout (" + LOCK_TIMEOUT.toMillis() + " ms, + " + SAMPLING_MARGIN.toMillis() + " ms for sampling)",
                        String.format(Locale.ROOT, "longest wait %.0f ms during the revisions, %.0f ms during the unsafe ones", safe.longestWaitMs(), unsafe.longestWaitMs()),
                        Math.max(safe.longestWaitMs(), unsafe.longestWaitMs()) <= waitLimitMs))
                .append(target("zero failed transactions", String.valueOf(failed), failed == 0))
                .append(target("unsafe revisions give up after lock_timeout and its retries", unsafe.outcome(), unsafeGaveUp == 2))
                .append(lintStopsUnsafe == null ? "| `sa01-migrate lint FILE.sql` on the `upgrade --sql` output: exit 1 on each unsafe revision, 0 on the online ones | " + lint + " | not run |\n"
                        : target("`sa01-migrate lint FILE.sql` on the `upgrade --sql` output: exit 1 on each unsafe revision, 0 on the online ones", lint,
                        lintStopsUnsafe && lintPassesSafe));
        return s.append(END).append("\n").toString();
    }

    private static String row(String name, Phase p) {
        return String.format(Locale.ROOT, "| %s | %s (%.1f s) | %d | %.1f ms | %.1f ms | %.0f ms | %d | %.0f ms | %.0f ms |%n", name, p.outcome(), p.actionMs() / 1000,
                p.latency().count(), p.latency().p50(), p.latency().p99(), p.latency().max(), p.failed(), p.longestLockMs(), p.longestWaitMs());
    }

    private String target(String name, String measured, boolean met) {
        if (!met) {
            missed.add(name + ": " + measured);
        }
        return "| " + name + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    /** Replaces the block between the online markers of docs/benchmarks.md, or appends it; the rest of the file stays as it is. */
    private void writeBlock(String block) throws Exception {
        Path file = root.resolve("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(text.indexOf('\n', end) + 1)
                : text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + block;
        Files.writeString(file, updated);
    }
}
