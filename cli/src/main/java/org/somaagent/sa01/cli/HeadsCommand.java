package org.somaagent.sa01.cli;

import java.util.concurrent.Callable;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "heads", description = "Print the head revision of this build (needs no database).")
final class HeadsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunnerConfig config = root.loadConfig();
        RevisionGraph graph = root.graph(config);
        spec.commandLine().getOut().println(graph.head().map(r -> r.id() + " (head)").orElse("base (no revisions)"));
        return 0;
    }
}
