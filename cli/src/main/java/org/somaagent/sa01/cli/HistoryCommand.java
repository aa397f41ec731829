package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.runner.StatusOperation;
import org.somaagent.sa01.engine.runner.StatusOperation.Entry;
import picocli.CommandLine.Command;

@Command(name = "history", description = "List revisions: id, parent, description (and where a taken-over one came from), applied at, duration, checksum state; "
        + "with --verbose also checksums and who applied each.")
final class HistoryCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator) {
        if (root.json()) {
            out().println(json("revisions", migrator.history().stream().map(HistoryCommand::toJson).toList()));
            return 0;
        }
        String format = "%-28s %-28s %-25s %8s  %-8s %s%n";
        out().printf(format, "REVISION", "PARENT", "APPLIED AT", "MS", "STATE", "DESCRIPTION");
        for (Entry e : migrator.history()) {
            out().printf(format, e.revisionId(), e.parent().orElse("-"),
                    e.applied().map(a -> a.appliedAt().withNano(0).toString()).orElse("-"),
                    e.applied().map(a -> Long.toString(a.durationMs())).orElse("-"),
                    e.state().name().toLowerCase(), e.description() + e.takenOverNote());
            if (root.verbose) {
                out().printf("    code checksum %s; database checksum %s; applied by %s%n", e.codeChecksum(),
                        e.applied().map(a -> a.checksum()).orElse("-"), e.applied().map(a -> a.appliedBy()).orElse("-"));
            }
        }
        return 0;
    }

    static Object toJson(Entry e) {
        return Json.object("revision", e.revisionId(), "parent", e.parent(), "description", e.description(),
                "state", e.state().name().toLowerCase(),
                "appliedAt", e.applied().map(a -> a.appliedAt().toString()),
                "durationMs", e.applied().map(a -> a.durationMs()),
                "appliedBy", e.applied().map(a -> a.appliedBy()),
                "codeChecksum", e.codeChecksum(),
                "databaseChecksum", e.applied().map(a -> a.checksum()),
                "takenOverFrom", e.takenOverFrom());
    }
}
