package org.somaagent.sa01.cli;

import java.util.Optional;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
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
    Optional<String> offlineSql(RevisionGraph graph) {
        return sql ? Optional.of(SqlScript.upgrade(graph, graph.resolve(target, 0))) : Optional.empty();
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
