package org.somaagent.sa01.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.somaagent.sa01.engine.connect.SqlFailures;
import java.util.concurrent.Callable;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.RunnerSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A verb that talks to the database: configuration, revision graph and session are set up here once. */
abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunnerConfig config = root.loadConfig();
        RevisionGraph graph = root.graph(config);
        validateOffline(graph);
        Optional<String> sql = offlineSql(graph);
        if (sql.isPresent()) {
            out().print(sql.get());
            out().flush();
            return 0;
        }
        try (RunnerSession session = RunnerSession.open(config, graph)) {
            return run(session);
        } catch (DataAccessException e) {
            // Outside a revision (version table, lock, catalog): translated once, here at the boundary.
            SQLException cause = e.getCause(SQLException.class);
            throw cause == null ? e : SqlFailures.translate(cause, config.dsn());
        }
    }

    /** Checks what can be checked without a database (a target's name), so usage errors come first. */
    void validateOffline(RevisionGraph graph) {}

    /** The SQL to print instead of connecting ({@code --sql}), or empty to run against the database. */
    Optional<String> offlineSql(RevisionGraph graph) {
        return Optional.empty();
    }

    abstract int run(RunnerSession session) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    static void validateTarget(RevisionGraph graph, String target) {
        if (!target.matches("[+-]\\d+")) {
            graph.resolve(target, 0);
        }
    }
}
