package org.somaagent.sa01.engine.online;

import java.sql.SQLException;
import java.util.List;
import org.jooq.Query;
import org.somaagent.sa01.engine.revision.StatementExecutor;

/**
 * One safe pattern in an {@link OnlineRevision}: the statements it renders (what {@code --sql}
 * prints and the checksum hashes), how the runner executes them, and the step that undoes it.
 * Made by {@link Online}'s factories.
 */
public interface OnlineStep {

    List<Query> queries();

    /** True when PostgreSQL refuses the statements in a transaction, or they must commit one by one. */
    boolean autocommit();

    /** The step the downgrade runs for this one. */
    OnlineStep undo();

    /** Runs {@link #queries()}, each once; steps whose execution depends on the database override it. */
    default void run(StatementExecutor executor) throws SQLException {
        for (Query query : queries()) {
            executor.execute(query);
        }
    }
}
