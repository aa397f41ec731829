package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", description = "Set the version table to TARGET without running any revision (repair).")
final class StampCommand extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "head, base or a revision id")
    String target;

    @Override
    void validateOffline(RevisionGraph graph) {
        graph.validate(target);
    }

    @Override
    int run(Migrator migrator) {
        migrator.stamp(target);
        return 0;
    }
}
