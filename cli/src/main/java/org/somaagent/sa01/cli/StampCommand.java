package org.somaagent.sa01.cli;

import java.util.Optional;
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
        Optional<String> at = migrator.stamp(target);
        if (root.json()) {
            out().println(json("current", at, "revisions", migrator.history().stream().filter(e -> e.applied().isPresent())
                    .map(e -> Json.object("revision", e.revisionId(), "takenOverFrom", e.takenOverFrom())).toList()));
        }
        return 0;
    }
}
