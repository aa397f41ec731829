package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.bench.Figure.Verdict;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.connect.AdminDsn;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.tooling.scratch.ScratchCache;
import org.somaagent.sa01.tooling.scratch.ScratchChain;
import org.somaagent.sa01.migrations.testing.scale.ScaleRevisions;

/**
 * Cost as the schema grows: {@code check}, adopting a database built by plain SQL, {@code revision
 * --autogenerate} and the snapshot of one revision, each timed as a whole process on the generated
 * schemas of 1,000 and 100 tables ({@link ScaleRevisions}: the real tables plus generated ones in
 * the real proportions). Each figure is the 1,000-table time against the 100-table time of the same
 * run (linear: at most 12x) and an absolute target; autogenerate and snapshots also show what
 * PostgreSQL alone takes to create the schema ({@code psql -1 -f} of the revision), which both pay
 * for their scratch database when it is not in the scratch cache: each is timed with the cache off,
 * on its first run with the cache, and reusing what that run kept. The CLI runs as a deployment
 * runs its own revision set: {@code bin/sa01-migrate} with the sets' jar on SA01_MIGRATE_CLASSPATH
 * and the AOT cache trained for that class path, as the 100-revision figure does; as the bench's role
 * (scram over TCP), which owns the schema as a deployment's migrator does. Scratch databases are the
 * admin's, as in a deployment (SA01_ADMIN_DSN).
 */
final class ScaleBench implements Bench {

    static final int LARGE = 1000;
    static final int SMALL = 100;
    private static final double MAX_GROWTH = 12;
    /** Fewer runs than the other figures: one 1,000-table autogenerate or snapshot builds the whole schema. */
    private static final int RUNS = 3;
    /** How the CLI figures run it, as the 100-revision figure does: as a deployment runs its own revision jar. */
    private static final String AS_DEPLOYED = " (`bin/sa01-migrate`, the sets' jar on SA01_MIGRATE_CLASSPATH, its own AOT cache)";

    private final BenchContext context;

    /** The group BenchMain lists; {@link #measure(BenchContext)} measures with the context's repository, server and role. */
    ScaleBench() {
        this(null);
    }

    private ScaleBench(BenchContext context) {
        this.context = context;
    }

    @Override
    public List<Figure> measure(BenchContext context) throws Exception {
        return new ScaleBench(context).measureBothSizes();
    }

    /** One size: the template built by plain SQL (and how long PostgreSQL took), and a copy adopted by the runner. */
    private record Schema(int tables, Path config, LegacyFixture plainSql, double postgresMs, Dsn adopted) {}

    /** What one tool took on each size. */
    private record Timings(Samples large, Samples small) {
        double growth() {
            return large.median() / small.median();
        }
    }

    private interface Tool {
        double run(Schema schema) throws Exception;
    }

    private List<Figure> measureBothSizes() throws Exception {
        List<Schema> built = new ArrayList<>();
        try {
            Schema large = schema(LARGE, built);
            Schema small = schema(SMALL, built);
            List<Figure> figures = new ArrayList<>();
            trainCache(small);
            // What every verb on that set pays before it connects: the JVM, the CLI, and building the set's model and graph.
            Timings heads = timings(large, small, true, s -> time(s, Map.of(), "heads"));
            String floor = String.format("; start-up with the set loaded (`heads`): %.0f ms at %d, %.0f ms at %d",
                    heads.large().median(), LARGE, heads.small().median(), SMALL);
            figures.add(figure("`check`" + AS_DEPLOYED, timings(large, small, true, s -> time(s, Map.of(), "check")), 1500, floor));
            figures.add(figure("adopting it when built by plain SQL (`upgrade head`, no version table)" + AS_DEPLOYED,
                    timings(large, small, true, this::adopt), 2000, floor));
            Path versions = Files.createTempDirectory("sa01-bench-scale-versions");
            figures.addAll(scratchFigures("`revision --autogenerate` (scratch database at head, compare; no changes)" + AS_DEPLOYED, large, small, 3000,
                    (s, env) -> time(s, env, "revision", "-m", "bench", "--autogenerate", "--versions-dir", versions.toString())));
            Path snapshots = Files.createTempDirectory("sa01-bench-scale-snapshots");
            figures.addAll(scratchFigures("snapshot of its one revision (as `make snapshots`: scratch database, catalog, Java source)", large, small, 10_000,
                    (s, env) -> Processes.time(context.root(), env, java(ScaleSnapshots.class.getName(), Integer.toString(s.tables()), snapshots.toString()))));
            return figures;
        } finally {
            for (Schema s : built) {
                cache().forget(chain(s));
                s.plainSql().drop(s.adopted());
                s.plainSql().close();
            }
        }
    }

    private interface ScratchTool {
        double run(Schema schema, Map<String, String> env) throws Exception;
    }

    /**
     * A tool that needs the schema as the revisions make it, three ways: with the scratch cache off
     * (the database built every run: PostgreSQL's cost), the first run with the cache on (nothing
     * kept yet: it builds the entry and keeps it), and runs that reuse the kept entry.
     */
    private List<Figure> scratchFigures(String what, Schema large, Schema small, double targetMs, ScratchTool tool) throws Exception {
        Map<String, String> off = Map.of(AdminDsn.ENV, context.admin().toLibpqUri(), ScratchCache.ENV, "off");
        Map<String, String> on = Map.of(AdminDsn.ENV, context.admin().toLibpqUri(), ScratchCache.ENV, "on");
        List<Figure> figures = new ArrayList<>();
        figures.add(figure(what + ", scratch cache off (`" + ScratchCache.ENV + "=off`: the database built every run)",
                timings(large, small, false, s -> tool.run(s, off)), targetMs, postgres(large, small)));
        cache().forget(chain(large));
        cache().forget(chain(small));
        Timings first = new Timings(new Samples(List.of(tool.run(large, on))), new Samples(List.of(tool.run(small, on))));
        figures.add(figure(what + ", first run with the scratch cache (nothing kept: builds the database and keeps it)",
                first, targetMs, postgres(large, small)));
        figures.add(figure(what + ", scratch cache kept by the run above (the database at head reused: same revisions, same checksums)",
                timings(large, small, false, s -> tool.run(s, on)), targetMs, postgres(large, small)));
        cache().forget(chain(large));
        cache().forget(chain(small));
        return figures;
    }

    private ScratchCache cache() {
        return ScratchCache.in(context.admin(), ScratchCache.NAMESPACE);
    }

    /** The cache entries the CLI's runs on this size use (its config file names only the revision set). */
    private ScratchChain chain(Schema schema) {
        RunnerConfig config = ConfigLoader.defaults(context.admin());
        return cache().chain(config, RevisionGraph.of(RevisionSet.load(ScaleRevisions.named(schema.tables()).getName())));
    }

    /**
     * Builds the size's template with psql as the bench's role (timed: PostgreSQL's own cost), so the role owns
     * its objects as a deployment's migrator does, and an adopted copy to run check on.
     */
    private Schema schema(int tables, List<Schema> built) throws Exception {
        Path config = Files.createTempFile("sa01-bench-scale", ".properties");
        Files.writeString(config, "revision_set=" + ScaleRevisions.named(tables).getName() + "\n");
        Path sql = Files.createTempFile("sa01-bench-scale", ".sql");
        Files.writeString(sql, Checksums.upgradeScript(new ScaleRevisions(tables).revisions().getFirst()));
        String template = "sa01_bench_scale_" + tables;
        Connections.execute(context.admin(), "drop database if exists " + template + " with (force)");
        Connections.execute(context.admin(), "create database " + template + " owner " + ScramRole.NAME);
        Connections.execute(context.admin().withDatabase(template), "create extension vector"); // as on a managed server: the admin's to create
        double postgresMs = context.time(context.admin().withDatabase(template), List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", sql.toString()));
        LegacyFixture plainSql = LegacyFixture.of(context.admin(), template);
        Schema schema = new Schema(tables, config, plainSql, postgresMs, roleCopy(plainSql, template + "_adopted"));
        built.add(schema);
        time(schema, Map.of(), "upgrade", "head");
        return schema;
    }

    private double adopt(Schema schema) throws Exception {
        Dsn copy = roleCopy(schema.plainSql(), "sa01_bench_scale_adopt");
        try {
            return Processes.time(context.root(), cliEnv(Map.of(), copy), cli(schema.config(), "upgrade", "head"));
        } finally {
            schema.plainSql().drop(copy);
        }
    }

    /** A copy of the template that the bench's role owns (its public schema too, where the version table goes). */
    private Dsn roleCopy(LegacyFixture template, String name) throws Exception {
        Dsn copy = template.copy(name);
        Connections.execute(context.admin(), "alter database " + name + " owner to " + ScramRole.NAME);
        return copy;
    }

    /** The sizes in alternation, after one unrecorded run of each where a first run warms something (the page cache). */
    private static Timings timings(Schema large, Schema small, boolean warmUp, Tool tool) throws Exception {
        List<Samples> samples = Samples.interleaved(RUNS, warmUp, () -> tool.run(large), () -> tool.run(small));
        return new Timings(samples.get(0), samples.get(1));
    }

    private static Figure figure(String what, Timings t, double targetMs, String floor) {
        boolean met = t.large().median() <= targetMs && t.growth() <= MAX_GROWTH;
        return new Figure(what + " on " + LARGE + " tables (generated, real proportions), whole process", t.large().describe(),
                SMALL + " tables: " + t.small().describe() + floor, String.format("%.2fx of %d tables", t.growth(), SMALL),
                String.format("<= %.1f s; <= %.0fx", targetMs / 1000, MAX_GROWTH), Verdict.of(met));
    }

    private static String postgres(Schema large, Schema small) {
        return String.format("; PostgreSQL alone creating the schema (`psql -1 -f`, n=1): %.0f ms at %d, %.0f ms at %d",
                large.postgresMs(), large.tables(), small.postgresMs(), small.tables());
    }

    private double time(Schema schema, Map<String, String> env, String... args) throws Exception {
        return Processes.time(context.root(), cliEnv(env, schema.adopted()), cli(schema.config(), args));
    }

    /**
     * {@code bin/sa01-migrate} as a deployment runs its own revision set: the sets' jar (the migrations
     * test jar) on SA01_MIGRATE_CLASSPATH, with the AOT cache trained for that class path
     * ({@link #trainCache}); the DSN in the environment.
     */
    private List<String> cli(Path config, String... args) {
        List<String> command = new ArrayList<>(List.of(context.root().resolve("bin/sa01-migrate").toString(), "--quiet", "--config", config.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The deployment's class path, and the bench's role (scram, as deployments connect) on the database. */
    private Map<String, String> cliEnv(Map<String, String> env, Dsn db) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("SA01_MIGRATE_CLASSPATH", classpath());
        all.put("SA01_DB_DSN", context.role().dsn(db).toLibpqUri());
        return all;
    }

    private String classpath() throws Exception {
        return context.root().resolve("cli/target/sa01-migrate.jar") + java.io.File.pathSeparator + setsJar();
    }

    /** scripts/aot-cache.sh on that class path, with the 100-table set: the classes both sizes load are the same. */
    private void trainCache(Schema schema) throws Exception {
        context.trainStartupCache(Map.of("SA01_MIGRATE_CLASSPATH", classpath(), "SA01_MIGRATIONS_CONFIG", schema.config().toString()));
    }

    /** The jar the scale sets come from; bench runs them from the installed migrations test jar, never a folder (no AOT cache for those). */
    private static String setsJar() throws Exception {
        Path source = Path.of(ScaleRevisions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("the scale sets must come from the migrations test jar (make bench installs it), not " + source);
        }
        return source.toString();
    }

    /**
     * A JVM on this one's class path (the generated revision sets are not in the jar) with the JIT and
     * GC flags bin/sa01-migrate starts with; no class-data archive, which a class path holding
     * directories (this module's classes) cannot have.
     */
    private static List<String> java(String mainClass, String... args) {
        List<String> command = Processes.shortRunJvm("-cp", System.getProperty("java.class.path"), mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
