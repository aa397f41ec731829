package org.somaagent.sa01.cli;

import java.util.List;
import org.somaagent.sa01.engine.Migrator;
import picocli.CommandLine.Command;

@Command(name = "repair", description = {"After a jOOQ upgrade changed how applied revisions render: when check finds the schema",
        "equal to the model, store this build's rendering (checksum, SQL, jOOQ version) for each; refused otherwise."})
final class RepairCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator) {
        List<String> repaired = migrator.repair();
        repaired.forEach(id -> out().println("repaired: " + id));
        out().println("repair: " + repaired.size() + " revision(s) stored as this build renders them");
        return 0;
    }
}
