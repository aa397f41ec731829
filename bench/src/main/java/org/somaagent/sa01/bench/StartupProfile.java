package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.somaagent.sa01.engine.connect.ScratchDatabase;

/**
 * Where a whole-process {@code upgrade head} spends its CPU, on an empty database and at head: JDK Flight
 * Recorder samples of several runs, each stack put in the first phase whose frames it matches, and
 * per run what the samples leave out: the whole process's time and the JIT compiler's work
 * ({@code jdk.CompilerStatistics}), which shares the machine's cores with the main thread.
 * The runs use bin/sa01-migrate's JVM flags and, on JDK 25+, an AOT cache trained with the
 * recorder on (the JVM refuses a cache whose modules differ), so the profile is of what users run.
 */
final class StartupProfile {

    static final int RUNS = 10;
    private static final String COMPILER = "jdk.CompilerStatistics";

    private record Phase(String name, Predicate<String> frame) {}

    /** Most specific first: a jOOQ static initializer reached while rendering counts as jOOQ start-up. */
    private static final List<Phase> PHASES = List.of(
            new Phase("picocli: building the command model (reflection over the command classes, annotation proxies; "
                    + "its Java 5 classes are loaded and verified from the jar, not the AOT cache)",
                    f -> f.startsWith("org.somaagent.sa01.cli.RootCommand.commandLine")),
            new Phase("jOOQ: static initialization (SQLDataType loads every dialect's data types)",
                    f -> f.startsWith("org.jooq.") && f.endsWith(".<clinit>")),
            new Phase("pgjdbc: opening the connection (scram-sha-256 key derivation, Calendar/locale set-up)",
                    f -> f.startsWith("org.postgresql.Driver.connect") || f.startsWith("org.postgresql.jdbc.PgConnection.<init>")),
            new Phase("Logback and SLF4J set-up", f -> f.startsWith("org.slf4j.LoggerFactory.")),
            new Phase("statements on the wire (pgjdbc execute, waiting on the server)",
                    f -> f.startsWith("org.postgresql.jdbc.PgStatement.") || f.startsWith("org.postgresql.jdbc.PgPreparedStatement.")),
            new Phase("rendering revision SQL and checksums (jOOQ)",
                    f -> f.startsWith("org.somaagent.sa01.engine.revision.SqlRenderer.") || f.startsWith("org.somaagent.sa01.engine.revision.Checksums.")),
            new Phase("building the schema model", f -> f.startsWith("org.somaagent.sa01.schema.")),
            new Phase("jOOQ: building and running the runner's own queries (version table, lock, session settings)",
                    f -> f.startsWith("org.jooq.")),
            new Phase("loading classes the AOT cache does not hold (picocli's Java 5 classes while parsing, annotation proxies)",
                    f -> f.startsWith("java.lang.ClassLoader.loadClass") || f.startsWith("java.lang.reflect.Proxy.")),
            new Phase("sa01-migrate's own code (config, graph, runner, adoption)", f -> f.startsWith("org.somaagent.sa01.")),
            new Phase("JVM and JDK outside sa01-migrate's main (launcher, shutdown, other threads)", f -> true));

    private StartupProfile() {}

    /** Two markdown tables, empty database and already at head: phase, samples, share of samples. */
    static String markdown(BenchContext context) throws Exception {
        Path dir = Files.createTempDirectory("sa01-profile");
        boolean aot = Runtime.version().feature() >= 25;
        String samples = aot ? "jdk.CPUTimeSample" : "jdk.ExecutionSample";
        String recorder = "-XX:StartFlightRecording=settings=none,+" + samples + "#enabled=true,"
                + (aot ? "+jdk.CPUTimeSample#throttle=1ms" : "+jdk.ExecutionSample#period=1ms")
                + ",+" + COMPILER + "#enabled=true,+" + COMPILER + "#period=endChunk,filename=";
        // deep enough for every stack to reach main, so each sample finds its phase
        List<String> jvm = Processes.shortRunJvm("-Xlog:disable", "-XX:FlightRecorderOptions=stackdepth=512");
        if (aot) {
            Path cache = dir.resolve("jfr.aot");
            run(context, false, concat(jvm, "-XX:AOTCacheOutput=" + cache, recorder + dir.resolve("training.jfr")));
            jvm.add("-XX:AOTCache=" + cache);
        }
        return table(context, dir, jvm, recorder, samples, false, "empty database") + "\n"
                + table(context, dir, jvm, recorder, samples, true, "already at head")
                + (aot ? "\nEvery recorded run uses an AOT cache trained with the recorder on (the JVM refuses a cache whose modules differ).\n" : "");
    }

    private static String table(BenchContext context, Path dir, List<String> jvm, String recorder, String samples, boolean atHead, String title)
            throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        PHASES.forEach(p -> counts.put(p.name(), 0));
        int total = 0;
        List<Double> wall = new ArrayList<>();
        List<Double> sampled = new ArrayList<>();
        List<Double> compiling = new ArrayList<>();
        List<Double> compiled = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path recording = dir.resolve((atHead ? "head-" : "empty-") + i + ".jfr");
            wall.add(run(context, atHead, concat(jvm, recorder + recording)));
            double sampledMs = 0;
            for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
                if (event.getEventType().getName().equals(samples) && event.getStackTrace() != null) {
                    counts.merge(phaseOf(event.getStackTrace().getFrames()), 1, Integer::sum);
                    total++;
                    sampledMs += event.hasField("samplingPeriod") ? event.getDuration("samplingPeriod").toNanos() / 1e6 : 0;
                } else if (event.getEventType().getName().equals(COMPILER)) {
                    compiling.add(event.getDuration("totalTimeSpent").toNanos() / 1e6);
                    compiled.add((double) event.getInt("compileCount"));
                }
            }
            sampled.add(sampledMs);
        }
        StringBuilder table = new StringBuilder("| phase of `upgrade head`, " + title + " | samples | share |\n| --- | --- | --- |\n");
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            table.append(String.format("| %s | %d | %.0f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(total, 1)));
        }
        table.append(String.format("%n%d %s events from %d runs.", total, samples, RUNS));
        // The samples are the Java threads' CPU; the JIT compiler's threads are not sampled but take a core.
        return table.append(String.format(" Per run, median of %d: %.0f ms whole process (recording included); the samples above, %.0f ms"
                + " of the Java threads' CPU; the C1 compiler, %.0f ms compiling %.0f methods (%s) on the machine's other core,"
                + " or in the main thread's place.%n", RUNS, new Samples(wall).median(), new Samples(sampled).median(),
                new Samples(compiling).median(), new Samples(compiled).median(), COMPILER)).toString();
    }

    private static String phaseOf(List<RecordedFrame> frames) {
        for (Phase phase : PHASES) {
            for (RecordedFrame frame : frames) {
                if (phase.frame().test(frame.getMethod().getType().getName() + "." + frame.getMethod().getName())) {
                    return phase.name();
                }
            }
        }
        throw new IllegalStateException("the last phase matches every frame");
    }

    /** One recorded run as the scram role on a fresh database: empty, or brought to head first by an unrecorded run; its wall time in ms. */
    private static double run(BenchContext context, boolean atHead, List<String> jvm) throws Exception {
        try (ScratchDatabase db = context.role().database()) {
            if (atHead) {
                context.time(db.dsn(), context.cli("upgrade", "head"));
            }
            return context.time(db.dsn(), concat(jvm, "-jar", "cli/target/sa01-migrate.jar", "--quiet", "upgrade", "head"));
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
