package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.Migrator;
import java.util.List;
import org.somaagent.sa01.engine.runner.StatusOperation;
import org.somaagent.sa01.engine.runner.StatusOperation.Entry;
import picocli.CommandLine.Command;

@Command(name = "current", description = "Print the revision the database is at.")
final class CurrentCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator) {
        List<Entry> history = migrator.history();
        String head = migrator.graph().head().map(r -> r.id()).orElse("base");
        String line = StatusOperation.currentLine(history, migrator.graph());
        if (root.json()) {
            var current = StatusOperation.current(history);
            out().println(json("current", current.map(Entry::revisionId), "head", migrator.graph().head().map(r -> r.id()),
                    "atHead", current.map(e -> e.revisionId().equals(head)).orElse(head.equals("base")),
                    "state", current.map(e -> e.state().name().toLowerCase()),
                    "takenOverFrom", current.flatMap(Entry::takenOverFrom), "message", line));
            return 0;
        }
        out().println(line);
        return 0;
    }
}
