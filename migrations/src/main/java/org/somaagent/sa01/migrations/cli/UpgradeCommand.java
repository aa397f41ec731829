package org.somaagent.sa01.migrations.cli;

import org.somaagent.sa01.migrations.config.RunnerConfig;
import org.somaagent.sa01.migrations.revision.RevisionGraph;
import org.somaagent.sa01.migrations.runner.RunnerSession;
import org.somaagent.sa01.migrations.runner.UpgradeOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = "Apply revisions up to TARGET (default head); adopts a legacy database.")
final class UpgradeCommand extends DatabaseCommand {

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET", description = "head, a revision id, +N")
    String target;

    @Option(names = "--sql", description = "print the SQL from base to TARGET instead of running it (needs no database)")
    boolean sql;

    @Override
    public Integer call() throws Exception {
        if (!sql) {
            return super.call();
        }
        RunnerConfig config = root.loadConfig();
        RevisionGraph graph = root.graph(config);
        out().print(SqlScript.upgrade(graph, graph.resolve(target, 0)));
        out().flush();
        return 0;
    }

    @Override
    void validateOffline(RevisionGraph graph) {
        validateTarget(graph, target);
    }

    @Override
    int run(RunnerSession session) {
        UpgradeOperation.run(session, target);
        return 0;
    }
}
