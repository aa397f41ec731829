package org.somaagent.sa01.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;

/** A folder of Flyway V files: somaAgent01's revisions as sa01-migrate renders them, or N trivial ones. */
final class FlywayProject {

    private FlywayProject() {}

    /** One V file per revision, its upgrade SQL exactly as sa01-migrate runs it. */
    static Path of(List<Revision> revisions) throws Exception {
        Path dir = Files.createTempDirectory("sa01-bench-flyway");
        for (int i = 0; i < revisions.size(); i++) {
            Files.writeString(dir.resolve("V" + (i + 1) + "__" + revisions.get(i).id() + ".sql"), Checksums.upgradeScript(revisions.get(i)));
        }
        return dir;
    }

    /** {@code count} V files, each creating one small table. */
    static Path trivial(int count) throws Exception {
        Path dir = Files.createTempDirectory("sa01-bench-flyway");
        for (int n = 1; n <= count; n++) {
            Files.writeString(dir.resolve("V" + n + "__bench_" + n + ".sql"), "create table bench_" + n + " (id integer);\n");
        }
        return dir;
    }

    /**
     * {@link FlywayMain} in a JVM of its own with the start-up help sa01-migrate gets ({@link Processes#shortRunJvm}, an
     * AppCDS archive the JVM makes and refreshes itself), on a class path of jars only (AppCDS takes no
     * folders): Flyway and pgjdbc from this bench's class path (Maven Central), and FlywayMain in a jar of its own.
     */
    static double migrate(BenchContext context, Path dir, Dsn database) throws Exception {
        return Processes.time(dir, context.env(database, Map.of()), command(dir));
    }

    private static List<String> command(Path dir) {
        return Processes.shortRunJvm("-Xlog:disable", "-XX:SharedArchiveFile=" + dir + ".jsa", "-XX:+AutoCreateSharedArchive",
                "-cp", classpath(), FlywayMain.class.getName(), dir.toString());
    }

    private static String classPath;

    private static synchronized String classpath() {
        if (classPath == null) {
            try {
                Path classes = Path.of(FlywayMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path jar = Files.createTempDirectory("sa01-bench-flyway-main").resolve("flyway-main.jar");
                String entry = FlywayMain.class.getName().replace('.', '/') + ".class";
                Processes.time(classes, Map.of(), List.of(Path.of(Processes.java()).resolveSibling("jar").toString(),
                        "--create", "--file", jar.toString(), entry));
                List<String> entries = new ArrayList<>(List.of(jar.toString()));
                for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    if (e.contains("/org/flywaydb/") || e.contains("/org/postgresql/postgresql/")) {
                        entries.add(e);
                    }
                }
                classPath = String.join(File.pathSeparator, entries);
            } catch (Exception e) {
                throw new IllegalStateException("cannot make Flyway's class path", e);
            }
        }
        return classPath;
    }
}
