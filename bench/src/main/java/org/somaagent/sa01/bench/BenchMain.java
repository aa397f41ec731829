package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.bench.Figure.Verdict;
import org.somaagent.sa01.engine.connect.ScratchDatabase;

/**
 * make bench: every figure a ratio against a baseline measured in the same run, median and spread
 * over 5 runs, one table printed and written to docs/benchmarks.md; exit 1 naming any missed target.
 */
public final class BenchMain {

    private final Path root;
    private final Path legacy;
    private final Dsn admin;
    private final List<Figure> figures = new ArrayList<>();

    private BenchMain(Path root, Path legacy, Dsn admin) {
        this.root = root;
        this.legacy = legacy;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        BenchMain bench = new BenchMain(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]).toAbsolutePath().normalize(),
                adminDsn());
        System.exit(bench.run());
    }

    /** The server the benchmarks make their scratch databases on; JMH's forked JVM reads it the same way. */
    static Dsn adminDsn() {
        return Dsn.parse(System.getenv().getOrDefault("SA01_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres"));
    }

    private int run() throws Exception {
        Processes.time(root, Map.of(), List.of("bash", "scripts/aot-cache.sh"));
        emptyToHead();
        atHead();
        adoptionAtScale();
        trivialRevisions();
        checkAndAutogenerate();
        figures.addAll(ScaleBench.figures(root, admin));
        whereStartUpGoes();
        String table = Figure.header() + String.join("", figures.stream().map(Figure::row).toList());
        System.out.print(table);
        String profile = StartupProfile.markdown(root, admin);
        Files.writeString(root.resolve("docs/benchmarks.md"), Report.markdown(admin, table, profile));
        List<String> missed = figures.stream().filter(f -> f.verdict() == Verdict.MISSED).map(f -> f.name() + " (" + f.measured() + ", target " + f.target() + ")").toList();
        missed.forEach(m -> System.err.println("bench: target missed: " + m));
        return missed.isEmpty() ? 0 : 1;
    }

    private List<String> cli(Dsn db, String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/sa01-migrate").toString(), "--quiet", "--dsn", db.toLibpqUri()));
        command.addAll(List.of(args));
        return command;
    }

    /** 1: empty to head, whole process, against psql -f of the same SQL and the start-up floor, in alternation. */
    private void emptyToHead() throws Exception {
        Path sql = Files.createTempFile("sa01-upgrade", ".sql");
        Processes.time(root, Map.of(), List.of("bash", "-c", root.resolve("bin/sa01-migrate") + " upgrade --sql > " + sql));
        List<Samples> measured = Samples.interleaved(() -> {
            try (ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench")) {
                return Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head"));
            }
        }, () -> {
            try (ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench")) {
                return Processes.time(root, Map.of(), LegacyFixture.psql(db.dsn(), "-f", sql.toString()));
            }
        }, () -> Processes.time(root, Map.of(), List.of(root.resolve("bin/sa01-migrate").toString(), "heads")));
        Samples runner = measured.get(0);
        Samples psql = measured.get(1);
        Samples floor = measured.get(2);
        double ratio = runner.median() / psql.median();
        double aboveFloor = (runner.median() - floor.median()) / psql.median();
        Verdict verdict = ratio <= 3 ? Verdict.MET : aboveFloor <= 3 ? Verdict.FLOOR : Verdict.MISSED;
        figures.add(new Figure("empty -> head, whole process (`sa01-migrate upgrade head` vs `psql -f` of `upgrade --sql`)",
                runner.describe(), "psql: " + psql.describe() + "; start-up floor, `heads` (JVM + CLI + config, no database): " + floor.describe(),
                String.format("%.2fx (%.2fx above the floor)", ratio, aboveFloor), "<= 3x", verdict));
    }

    /** 2: already at head, as every deploy runs it, with the start-up flags bin/sa01-migrate uses, and without. */
    private void atHead() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench")) {
            Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head"));
            Samples tuned = Samples.of(() -> Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head")));
            String java = Processes.java();
            Samples plain = Samples.of(() -> Processes.time(root, Map.of(), List.of(java, "-jar", "cli/target/sa01-migrate.jar",
                    "--quiet", "--dsn", db.dsn().toLibpqUri(), "upgrade", "head")));
            Samples floor = Samples.of(() -> Processes.time(root, Map.of(), List.of(root.resolve("bin/sa01-migrate").toString(), "heads")));
            figures.add(new Figure("already at head, whole process (bin/sa01-migrate: AOT cache or AppCDS, C1, serial GC)",
                    tuned.describe(), "plain `java -jar`: " + plain.describe() + "; `heads` (JVM + CLI, no database): " + floor.describe(),
                    String.format("%.2fx of plain", tuned.median() / plain.median()), "<= 500 ms", Verdict.of(tuned.median() <= 500)));
        }
    }

    /** 3: adopting a legacy database with 10k rows vs 1M outcomes + 100k assets; the longest ACCESS EXCLUSIVE lock. */
    private void adoptionAtScale() throws Exception {
        try (LegacyFixture small = LegacyFixture.build(admin, legacy, "sa01_bench_legacy_small", 10_000, 10_000);
             LegacyFixture large = LegacyFixture.build(admin, legacy, "sa01_bench_legacy_large", 1_000_000, 100_000)) {
            Samples smallRuns = Samples.of(() -> adopt(small, null));
            double[] longestLock = {0};
            Samples largeRuns = Samples.of(() -> adopt(large, longestLock));
            double ratio = largeRuns.median() / smallRuns.median();
            figures.add(new Figure("adopting a legacy database: 1M outcomes + 100k assets vs 10k rows (`upgrade head`)",
                    largeRuns.describe(), "10k rows: " + smallRuns.describe(), String.format("%.2fx", ratio), "<= 1.2x", Verdict.of(ratio <= 1.2)));
            figures.add(new Figure("longest ACCESS EXCLUSIVE lock while adopting the large database (pg_locks sampled every 2 ms)",
                    String.format("%.0f ms", longestLock[0]), "-", "-", "<= 100 ms", Verdict.of(longestLock[0] <= 100)));
        }
    }

    private double adopt(LegacyFixture fixture, double[] longestLock) throws Exception {
        Dsn copy = fixture.copy("sa01_bench_adopt");
        try (LockSampler sampler = new LockSampler(copy)) {
            double ms = Processes.time(root, Map.of(), cli(copy, "upgrade", "head"));
            sampler.close();
            if (longestLock != null) {
                longestLock[0] = Math.max(longestLock[0], sampler.longestMs());
            }
            return ms;
        } finally {
            fixture.drop(copy);
        }
    }

    /** 4: 200 trivial revisions through the runner vs the same statements executed raw, under JMH. */
    private void trivialRevisions() throws Exception {
        Options options = new OptionsBuilder().include(RunnerOverheadBenchmark.class.getName() + "\\.")
                .verbosity(VerboseMode.SILENT).build();
        Map<String, Samples> byMethod = new HashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            byMethod.put(method, Samples.of(result.getPrimaryResult().getStatistics()));
        }
        Samples runner = byMethod.get("runner");
        Samples raw = byMethod.get("raw");
        int count = RunnerOverheadBenchmark.REVISIONS;
        double perRevision = (runner.median() - raw.median()) / count;
        figures.add(new Figure("runner overhead per revision, " + count + " trivial revisions (JMH, single shot per fresh database, after warm-up)",
                String.format("%.2f ms per revision (runner %s)", perRevision, runner.describe()), "raw statements: " + raw.describe(),
                String.format("%.2fx", runner.median() / raw.median()), "<= 3 ms", Verdict.of(perRevision <= 3)));
    }

    /**
     * Where the at-head time goes, by subtraction of whole-process runs with the same start-up flags:
     * the JVM alone; + picocli's command model (--version); + configuration, Logback and the revision
     * graph (heads); + rendering revision 0001 for its checksum (upgrade --sql); + the database (upgrade).
     */
    private void whereStartUpGoes() throws Exception {
        String java = Processes.java();
        Path noop = Files.createTempDirectory("sa01-noop");
        Files.writeString(noop.resolve("Noop.java"), "public class Noop { public static void main(String[] a) { } }");
        Processes.time(noop, Map.of(), List.of(java.replaceAll("java$", "javac"), "Noop.java"));
        Samples jvm = Samples.of(() -> Processes.time(root, Map.of(), List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", noop.toString(), "Noop")));
        String bin = root.resolve("bin/sa01-migrate").toString();
        Samples version = Samples.of(() -> Processes.time(root, Map.of(), List.of(bin, "--version")));
        Samples heads = Samples.of(() -> Processes.time(root, Map.of(), List.of(bin, "heads")));
        Samples render = Samples.of(() -> Processes.time(root, Map.of(), List.of(bin, "upgrade", "--sql")));
        try (ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench")) {
            Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head"));
            Samples atHead = Samples.of(() -> Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head")));
            double base = atHead.median();
            figures.add(info("start-up: a JVM running an empty main", jvm, base));
            figures.add(info("start-up: + picocli's command model (`sa01-migrate --version`)", version, base));
            figures.add(info("start-up: + configuration, Logback, revision graph (`heads`)", heads, base));
            figures.add(info("start-up: + rendering revision 0001 for its checksum (`upgrade --sql`)", render, base));
            figures.add(info("start-up: + connect, lock, version table, verify (`upgrade` at head)", atHead, base));
        }
    }

    private static Figure info(String name, Samples samples, double atHead) {
        return new Figure(name, samples.describe(), "`upgrade` at head", String.format("%.0f%%", 100 * samples.median() / atHead), "-", Verdict.MET);
    }

    /** 5: check and autogenerate on the real schema, whole process. */
    private void checkAndAutogenerate() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench")) {
            Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head"));
            Samples upgrade = Samples.of(() -> Processes.time(root, Map.of(), cli(db.dsn(), "upgrade", "head")));
            Samples check = Samples.of(() -> Processes.time(root, Map.of(), cli(db.dsn(), "check")));
            Path versions = Files.createTempDirectory("sa01-bench-versions");
            Files.copy(root.resolve("migrations/src/main/java/org/somaagent/sa01/migrations/versions/Sa01Revisions.java"),
                    versions.resolve("Sa01Revisions.java"));
            Map<String, String> env = Map.of("SA01_ADMIN_DSN", admin.toLibpqUri());
            Samples autogen = Samples.of(() -> Processes.time(root, env,
                    cli(db.dsn(), "revision", "-m", "bench", "--autogenerate", "--versions-dir", versions.toString())));
            figures.add(new Figure("`check` on the real schema, whole process", check.describe(), "`upgrade` at head: " + upgrade.describe(),
                    String.format("%.2fx", check.median() / upgrade.median()), "-", Verdict.MET));
            figures.add(new Figure("`revision --autogenerate` (scratch database to head, compare), whole process", autogen.describe(),
                    "`upgrade` at head: " + upgrade.describe(), String.format("%.2fx", autogen.median() / upgrade.median()), "-", Verdict.MET));
        }
    }
}
