package org.somaagent.sa01.tooling.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.tooling.scratch.ScratchHead;
import org.somaagent.sa01.tooling.source.GenerateOrCheck;

/**
 * Migrate-then-generate: a scratch database brought to head by the runner, jOOQ's generator run
 * over it, the scratch database dropped. {@code generate DIR} writes the typed classes (make
 * codegen); {@code check DIR} fails when the committed ones differ from what head generates.
 */
public final class CodegenMain {

    public static final String STALE = "generated code is stale: run make codegen";

    private CodegenMain() {}

    public static void main(String[] args) throws Exception {
        GenerateOrCheck.main(args, new GenerateOrCheck.Texts("codegen", "CodegenMain", "DIRECTORY", STALE, 5, "head"),
                CodegenMain::generateAtHead, CodegenMain::staleFiles);
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
