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
import org.somaagent.sa01.bench.Figure.Verdict;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.ScratchDatabase;

/**
 * The runner against itself: adopting a legacy database at scale and the longest lock it holds, its
 * overhead per revision (JMH), and check and autogenerate on the real schema. Adoption runs through
 * the admin DSN: the legacy databases it copies are the admin's, as an old deployment's are its owner's.
 */
final class RunnerBench implements Bench {

    @Override
    public List<Figure> measure(BenchContext context) throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(adoptionAtScale(context));
        figures.add(trivialRevisions());
        figures.addAll(checkAndAutogenerate(context));
        return figures;
    }

    /** Adopting a legacy database with 10k rows vs 1M outcomes + 100k assets; the longest ACCESS EXCLUSIVE lock. */
    private List<Figure> adoptionAtScale(BenchContext context) throws Exception {
        Dsn admin = context.admin();
        try (LegacyFixture small = LegacyFixture.build(admin, context.legacy(), "sa01_bench_legacy_small", 10_000, 10_000);
             LegacyFixture large = LegacyFixture.build(admin, context.legacy(), "sa01_bench_legacy_large", 1_000_000, 100_000)) {
            Samples smallRuns = Samples.of(() -> adopt(context, small, null));
            double[] longestLock = {0};
            Samples largeRuns = Samples.of(() -> adopt(context, large, longestLock));
            double ratio = largeRuns.median() / smallRuns.median();
            return List.of(new Figure("adopting a legacy database: 1M outcomes + 100k assets vs 10k rows (`upgrade head`)",
                    largeRuns.describe(), "10k rows: " + smallRuns.describe(), String.format("%.2fx", ratio), "<= 1.2x", Verdict.of(ratio <= 1.2)),
                    new Figure("longest ACCESS EXCLUSIVE lock while adopting the large database (pg_locks sampled every 2 ms)",
                    String.format("%.0f ms", longestLock[0]), "-", "-", "<= 100 ms", Verdict.of(longestLock[0] <= 100)));
        }
    }

    private double adopt(BenchContext context, LegacyFixture fixture, double[] longestLock) throws Exception {
        Dsn copy = fixture.copy("sa01_bench_adopt");
        try (LockSampler sampler = new LockSampler(copy)) {
            double ms = Processes.time(context.root(), Map.of("SA01_DB_DSN", copy.toLibpqUri()), context.cli("upgrade", "head"));
            sampler.close();
            if (longestLock != null) {
                longestLock[0] = Math.max(longestLock[0], sampler.longestMs());
            }
            return ms;
        } finally {
            fixture.drop(copy);
        }
    }

    /** 200 trivial revisions through the runner vs the same statements executed raw, under JMH. */
    private Figure trivialRevisions() throws Exception {
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
        return new Figure("runner overhead per revision, " + count + " trivial revisions (JMH, single shot per fresh database, after warm-up)",
                String.format("%.2f ms per revision (runner %s)", perRevision, runner.describe()), "raw statements: " + raw.describe(),
                String.format("%.2fx", runner.median() / raw.median()), "<= 3 ms", Verdict.of(perRevision <= 3));
    }

    /** check and autogenerate on the real schema, whole process, as the scram role. */
    private List<Figure> checkAndAutogenerate(BenchContext context) throws Exception {
        try (ScratchDatabase db = context.role().database()) {
            context.time(db.dsn(), context.cli("upgrade", "head"));
            Samples upgrade = Samples.of(() -> context.time(db.dsn(), context.cli("upgrade", "head")));
            Samples check = Samples.of(() -> context.time(db.dsn(), context.cli("check")));
            Path versions = Files.createTempDirectory("sa01-bench-versions");
            Files.copy(context.root().resolve("migrations/src/main/java/org/somaagent/sa01/migrations/versions/Sa01Revisions.java"),
                    versions.resolve("Sa01Revisions.java"));
            Map<String, String> env = context.env(db.dsn(), Map.of("SA01_ADMIN_DSN", context.admin().toLibpqUri()));
            Samples autogen = Samples.of(() -> Processes.time(context.root(), env,
                    context.cli("revision", "-m", "bench", "--autogenerate", "--versions-dir", versions.toString())));
            return List.of(new Figure("`check` on the real schema, whole process", check.describe(), "`upgrade` at head: " + upgrade.describe(),
                    String.format("%.2fx", check.median() / upgrade.median()), "-", Verdict.MET),
                    new Figure("`revision --autogenerate` (scratch database to head, compare), whole process", autogen.describe(),
                    "`upgrade` at head: " + upgrade.describe(), String.format("%.2fx", autogen.median() / upgrade.median()), "-", Verdict.MET));
        }
    }
}
