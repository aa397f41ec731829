package org.somaagent.sa01.migrations.cli;

import java.util.List;
import org.somaagent.sa01.migrations.error.ErrorKind;
import org.somaagent.sa01.migrations.runner.CheckOperation;
import org.somaagent.sa01.migrations.runner.RunnerSession;
import org.somaagent.sa01.schema.Sa01Schema;
import picocli.CommandLine.Command;

@Command(name = "check", description = "Compare the live database with head; exit 3 when they differ.")
final class CheckCommand extends DatabaseCommand {

    @Override
    int run(RunnerSession session) throws Exception {
        List<String> differences = CheckOperation.run(session, Sa01Schema.head());
        differences.forEach(d -> out().println("difference: " + d));
        out().println(differences.isEmpty() ? "check: the database matches head" : "check: " + differences.size() + " difference(s)");
        return differences.isEmpty() ? ErrorKind.OK.exitCode() : ErrorKind.DRIFT.exitCode();
    }
}
