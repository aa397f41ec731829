package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.Migrator;
import java.util.List;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.tooling.scratch.ModelCheckOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", description = {"Compare the live database with head (drift); exit 3 when they differ.",
        "With --model, compare the schema model with head instead, on a scratch database (the model changed without a revision)."})
final class CheckCommand extends DatabaseCommand {

    @Option(names = "--model", description = "check the model against head on a scratch database created through --admin-dsn")
    boolean model;

    @Mixin
    AdminDsnOption admin;

    @Override
    public Integer call() throws Exception {
        if (!model) {
            return super.call();
        }
        RunnerConfig config = root.loadConfig();
        RevisionGraph graph = root.graph(config);
        return report(ModelCheckOperation.run(admin.resolve(), config, graph, root.model(config)));
    }

    @Override
    int run(Migrator migrator) {
        return report(migrator.check());
    }

    private int report(List<String> differences) {
        if (root.json()) {
            var doc = Json.object("command", "check", "ok", differences.isEmpty(), "model", model, "differences", differences);
            out().println(Json.write(doc));
            return differences.isEmpty() ? ErrorKind.OK.exitCode() : ErrorKind.DRIFT.exitCode();
        }
        differences.forEach(d -> out().println("difference: " + d));
        out().println(differences.isEmpty() ? "check: no differences" : "check: " + differences.size() + " difference(s)");
        return differences.isEmpty() ? ErrorKind.OK.exitCode() : ErrorKind.DRIFT.exitCode();
    }
}
