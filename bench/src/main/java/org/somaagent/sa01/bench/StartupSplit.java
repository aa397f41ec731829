package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.bench.Figure.Verdict;
import org.somaagent.sa01.engine.connect.ScratchDatabase;

/**
 * Where the at-head time goes, by subtraction of whole-process runs with the same start-up flags:
 * the JVM alone; + picocli's command model (--version); + configuration, Logback and the revision
 * graph (heads); + rendering every revision (upgrade --sql); + the database, as the scram role (upgrade).
 */
final class StartupSplit implements Bench {

    @Override
    public List<Figure> measure(BenchContext context) throws Exception {
        Path root = context.root();
        Path noop = Files.createTempDirectory("sa01-noop");
        Files.writeString(noop.resolve("Noop.java"), "public class Noop { public static void main(String[] a) { } }");
        Processes.time(noop, Map.of(), List.of(Processes.java().replaceAll("java$", "javac"), "Noop.java"));
        Samples jvm = Samples.of(() -> Processes.time(root, Map.of(), Processes.shortRunJvm("-cp", noop.toString(), "Noop")));
        String bin = root.resolve("bin/sa01-migrate").toString();
        Samples version = Samples.of(() -> Processes.time(root, Map.of(), List.of(bin, "--version")));
        Samples heads = Samples.of(() -> Processes.time(root, Map.of(), List.of(bin, "heads")));
        Samples render = Samples.of(() -> Processes.time(root, Map.of(), List.of(bin, "upgrade", "--sql")));
        try (ScratchDatabase db = context.role().database()) {
            context.time(db.dsn(), context.cli("upgrade", "head"));
            Samples atHead = Samples.of(() -> context.time(db.dsn(), context.cli("upgrade", "head")));
            double base = atHead.median();
            return List.of(info("start-up: a JVM running an empty main", jvm, base),
                    info("start-up: + picocli's command model (`sa01-migrate --version`)", version, base),
                    info("start-up: + configuration, Logback, revision graph (`heads`)", heads, base),
                    info("for comparison: rendering every revision with jOOQ (`upgrade --sql`; at head nothing is rendered)", render, base),
                    info("start-up: + connect (scram), lock, version table, verify against the build's checksums (`upgrade` at head)", atHead, base));
        }
    }

    private static Figure info(String name, Samples samples, double atHead) {
        return new Figure(name, samples.describe(), "`upgrade` at head", String.format("%.0f%%", 100 * samples.median() / atHead), "-", Verdict.MET);
    }
}
