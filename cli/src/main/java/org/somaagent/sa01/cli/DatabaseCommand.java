package org.somaagent.sa01.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A verb that talks to the database, through the engine's facade: configuration and revision graph are set up here once. */
abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Migrator migrator = Migrator.configure().config(root.loadConfig()).load();
        RevisionGraph graph = migrator.graph();
        validateOffline(graph);
        Optional<String> sql = offlineSql(graph);
        if (sql.isPresent()) {
            out().print(root.json() ? json("sql", sql.get()) + System.lineSeparator() : sql.get());
            out().flush();
            return 0;
        }
        return run(migrator);
    }

    /** Checks what can be checked without a database (a target's name), so usage errors come first. */
    void validateOffline(RevisionGraph graph) {}

    /** The SQL to print instead of connecting ({@code --sql}), or empty to run against the database. */
    Optional<String> offlineSql(RevisionGraph graph) {
        return Optional.empty();
    }

    abstract int run(Migrator migrator) throws Exception;

    /** The {@code --output json} document: {@code {"command": NAME, "ok": true, KEY: VALUE...}}. */
    String json(Object... keysAndValues) {
        var doc = Json.object("command", spec.name(), "ok", true);
        doc.putAll(Json.object(keysAndValues));
        return Json.write(doc);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
