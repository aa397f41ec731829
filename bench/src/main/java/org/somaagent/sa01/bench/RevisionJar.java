package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deployment's own revision set as sa01-migrate users ship one: N trivial revisions, one class each,
 * compiled against the sa01-migrate jar, with the checksums computed at build time (BuildChecksums),
 * packed into a jar and run with SA01_MIGRATE_CLASSPATH, with its own trained AOT cache.
 */
final class RevisionJar {

    static final String PACKAGE = "bench.revisions";
    static final String SET = PACKAGE + ".BenchRevisions";

    private final Path jar;
    private final Path config;

    private RevisionJar(Path jar, Path config) {
        this.jar = jar;
        this.config = config;
    }

    static RevisionJar build(BenchContext context, int count) throws Exception {
        Path root = context.root();
        Path work = Files.createTempDirectory("sa01-bench-revisions");
        Path src = Files.createDirectories(work.resolve("src/bench/revisions"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            String name = String.format("R%04dBench", n);
            Path file = src.resolve(name + ".java");
            Files.writeString(file, revisionSource(name, n));
            files.add(file.toString());
            list.append(n == 1 ? "" : ", ").append("new ").append(name).append("()");
        }
        Path set = src.resolve("BenchRevisions.java");
        Files.writeString(set, "package " + PACKAGE + ";\n"
                + "public final class BenchRevisions implements org.somaagent.sa01.engine.revision.RevisionSet {\n"
                + "    public java.util.List<org.somaagent.sa01.engine.revision.Revision> revisions() { return java.util.List.of(" + list + "); }\n"
                + "}\n");
        files.add(set.toString());
        String cliJar = root.resolve("cli/target/sa01-migrate.jar").toString();
        String jdk = Path.of(Processes.java()).getParent().toString();
        List<String> javac = new ArrayList<>(List.of(jdk + "/javac", "-nowarn", "--release", "21", "-cp", cliJar, "-d", classes.toString()));
        javac.addAll(files);
        Processes.time(work, Map.of(), javac);
        Processes.time(work, Map.of(), List.of(Processes.java(), "-cp", cliJar + ":" + classes,
                "org.somaagent.sa01.engine.revision.BuildChecksums", SET, classes.toString()));
        Path jar = work.resolve("bench-revisions.jar");
        Processes.time(work, Map.of(), List.of(jdk + "/jar", "--create", "--file", jar.toString(), "-C", classes.toString(), "."));
        Path config = Files.writeString(work.resolve("bench.properties"), "revision_set=" + SET + "\n");
        RevisionJar revisionJar = new RevisionJar(jar, config);
        context.trainStartupCache(revisionJar.env(root));
        return revisionJar;
    }

    private static String revisionSource(String name, int n) {
        String id = String.format("%04d_bench_%d", n, n);
        String parent = n == 1 ? "java.util.Optional.empty()" : "java.util.Optional.of(\"" + String.format("%04d_bench_%d", n - 1, n - 1) + "\")";
        return "package " + PACKAGE + ";\n"
                + "import java.util.List;\nimport org.jooq.Query;\nimport org.jooq.impl.DSL;\nimport org.jooq.impl.SQLDataType;\n"
                + "public final class " + name + " implements org.somaagent.sa01.engine.revision.Revision {\n"
                + "    public String id() { return \"" + id + "\"; }\n"
                + "    public java.util.Optional<String> parent() { return " + parent + "; }\n"
                + "    public String description() { return \"trivial " + n + "\"; }\n"
                + "    public List<Query> upgrade() { return List.of(DSL.createTable(\"bench_" + n + "\").column(\"id\", SQLDataType.INTEGER)); }\n"
                + "    public List<Query> downgrade() { return List.of(DSL.dropTable(\"bench_" + n + "\")); }\n"
                + "}\n";
    }

    /** What bin/sa01-migrate needs to run this set: the class path with the jar appended, and the properties naming the set. */
    Map<String, String> env(Path root) {
        return Map.of("SA01_MIGRATE_CLASSPATH", root.resolve("cli/target/sa01-migrate.jar") + ":" + jar,
                "SA01_MIGRATIONS_CONFIG", config.toString());
    }
}
