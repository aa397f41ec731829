package org.somaagent.sa01.tooling.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.tooling.scratch.ScratchHead;

/**
 * Migrate-then-generate: a scratch database brought to head by the runner, jOOQ's generator run
 * over it, the scratch database dropped. {@code generate DIR} writes the typed classes (make
 * codegen); {@code check DIR} fails when the committed ones differ from what head generates.
 */
public final class CodegenMain {

    public static final String STALE = "generated code is stale: run make codegen";
    public static final String ENV_ADMIN_DSN = AdminDsn.ENV;

    private CodegenMain() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length != 2 || !List.of("generate", "check").contains(args[0])) {
            System.err.println("usage: CodegenMain generate|check DIRECTORY (admin DSN from " + ENV_ADMIN_DSN + ")");
            System.exit(2);
        }
        Path committed = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("generate")) {
                generateAtHead(adminDsn(), committed);
                System.out.println("codegen: generated " + committed);
            } else {
                List<String> stale = staleFiles(adminDsn(), committed);
                if (!stale.isEmpty()) {
                    System.err.println(STALE + " (" + String.join(", ", stale.subList(0, Math.min(5, stale.size())))
                            + (stale.size() > 5 ? ", ..." : "") + ")");
                    System.exit(1);
                }
                System.out.println("codegen: " + committed + " matches head");
            }
        } catch (MigrationException e) {
            System.err.println("codegen: " + e.getMessage());
            System.exit(e.kind().exitCode());
        }
    }

    /** Where scratch databases are created: {@link AdminDsn}'s one rule. */
    public static Dsn adminDsn() {
        return AdminDsn.resolve(null);
    }

    /** Generates the classes of the schema at head into {@code directory}. */
    public static void generateAtHead(Dsn admin, Path directory) throws Exception {
        RunnerConfig config = ConfigLoader.defaults(admin);
        generateAtHead(admin, config, RevisionGraph.of(RevisionSet.load(config.revisionSet())), directory);
    }

    /** Generates the classes of the schema {@code graph}'s head makes, with {@code config}'s schema and version table (the Maven plugin). */
    public static void generateAtHead(Dsn admin, RunnerConfig config, RevisionGraph graph, Path directory) throws Exception {
        ScratchHead.run(admin, "sa01_codegen", config, graph, session -> {
            JooqGeneration.generate(session.config(), directory);
            return directory;
        });
    }

    /** Files of {@code committed} that differ from what head generates; empty when current. */
    public static List<String> staleFiles(Dsn admin, Path committed) throws Exception {
        Path fresh = Files.createTempDirectory("sa01-codegen");
        generateAtHead(admin, fresh);
        return SourceTrees.differences(fresh, committed);
    }

    /** Files of {@code committed} that differ from {@code generated}; empty when they match. */
    public static List<String> differences(Path generated, Path committed) throws java.io.IOException {
        return SourceTrees.differences(generated, committed);
    }
}
