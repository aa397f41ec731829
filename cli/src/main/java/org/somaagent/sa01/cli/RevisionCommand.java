package org.somaagent.sa01.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.somaagent.sa01.tooling.autogen.Autogenerate;
import org.somaagent.sa01.tooling.autogen.RevisionFile;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "revision", description = {"Write a new revision after the head: empty, or with --autogenerate the",
        "differences between the schema model and a scratch database at head."})
final class RevisionCommand implements Callable<Integer> {

    static final String VERSIONS = "migrations/src/main/java/org/somaagent/sa01/migrations/versions";

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "what the revision does; names it")
    String message;

    @Option(names = "--autogenerate", description = "fill it with the model's differences from head (needs a scratch database)")
    boolean autogenerate;

    @Option(names = "--versions-dir", paramLabel = "DIR", description = "where revision sources live (default: " + VERSIONS + ")")
    Path versions = Path.of(VERSIONS);

    @Mixin
    AdminDsnOption admin;

    @Override
    public Integer call() throws Exception {
        RunnerConfig config = root.loadConfig();
        RevisionGraph graph = root.graph(config);
        RevisionFile file = RevisionFile.next(graph, message);
        Optional<String> source = autogenerate
                ? Autogenerate.source(admin.resolve(), config, graph, root.model(config), file)
                : Optional.of(Autogenerate.emptySource(file));
        if (source.isEmpty()) {
            spec.commandLine().getOut().println("No changes in schema detected");
            return 0;
        }
        Path written = Autogenerate.write(file, versions, source.get());
        spec.commandLine().getOut().println("wrote " + written + " (" + file.id() + "): review it, then make db-upgrade");
        return 0;
    }
}
