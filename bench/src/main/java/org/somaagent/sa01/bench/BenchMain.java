package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.bench.Figure.Verdict;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;

/**
 * make bench: every figure a ratio against a baseline measured in the same run, median and spread
 * over {@value Samples#RUNS} runs, one table printed and written to docs/benchmarks.md; exit 1
 * naming any missed target.
 */
public final class BenchMain {

    /** The groups of figures, in the table's order: add a group here (see {@link Bench}). */
    private static final List<Bench> GROUPS = List.of(new PeerBench(), new StartupSplit(), new RunnerBench(), new ScaleBench());

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("sa01.legacy.dir", args[1]); // where testing's UpstreamAlembic finds upstream's revisions too
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Dsn admin = adminDsn();
        BenchContext context = new BenchContext(root, Path.of(args[1]).toAbsolutePath().normalize(), admin, ScramRole.ensure(admin));
        List<String> only = args.length > 2 && !args[2].isBlank() ? List.of(args[2].split(",")) : List.of();
        System.exit(run(context, only));
    }

    /** The server the benchmarks make their scratch databases on; JMH's forked JVM reads it the same way. */
    static Dsn adminDsn() {
        return AdminDsn.resolve(null);
    }

    /** {@code only}: the simple names of the groups to run (printed, the document left alone); empty for all. */
    private static int run(BenchContext context, List<String> only) throws Exception {
        context.trainStartupCache(Map.of());
        List<Figure> figures = new ArrayList<>();
        for (Bench group : GROUPS) {
            if (only.isEmpty() || only.contains(group.getClass().getSimpleName())) {
                figures.addAll(group.measure(context));
            }
        }
        String table = Figure.header() + String.join("", figures.stream().map(Figure::row).toList());
        System.out.print(table);
        if (only.isEmpty()) {
            String profile = StartupProfile.markdown(context);
            Path doc = context.root().resolve("docs/benchmarks.md");
            Files.writeString(doc, Report.markdown(context.admin(), table, profile, Report.preserved(doc)));
        }
        List<String> missed = figures.stream().filter(f -> f.verdict() == Verdict.MISSED)
                .map(f -> f.name() + " (" + f.ratio() + ", target " + f.target() + ")").toList();
        missed.forEach(m -> System.err.println("bench: target missed: " + m));
        return missed.isEmpty() ? 0 : 1;
    }
}
