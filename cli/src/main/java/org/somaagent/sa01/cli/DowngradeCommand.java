package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.Migrator;
import java.util.Optional;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", description = "Revert revisions down to TARGET; refuses to drop tables holding rows unless --allow-data-loss.")
final class DowngradeCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "a revision id, -N, or base")
    String target;

    @Option(names = "--allow-data-loss", description = "drop tables that hold rows (back them up first)")
    boolean allowDataLoss;

    @Option(names = "--sql", description = "print the SQL from head down to TARGET instead of running it (needs no database)")
    boolean sql;

    @Override
    Optional<String> offlineSql(RevisionGraph graph) {
        int head = graph.chain().size();
        return sql ? Optional.of(SqlScript.downgrade(graph, head, graph.resolve(target, head))) : Optional.empty();
    }

    @Override
    void validateOffline(RevisionGraph graph) {
        graph.validate(target);
    }

    @Override
    int run(Migrator migrator) {
        var result = migrator.downgrade(target, allowDataLoss);
        if (root.json()) {
            out().println(json("from", result.from(), "to", result.to(), "steps", UpgradeCommand.steps(result.steps()),
                    "durationMs", result.durationMs()));
        }
        return 0;
    }
}
