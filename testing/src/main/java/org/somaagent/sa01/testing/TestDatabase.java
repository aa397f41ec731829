package org.somaagent.sa01.testing;

import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.revision.RevisionSet;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jooq.DSLContext;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.connect.ScratchDatabase;

/** A database of its own for one test, with the vector extension; dropped after the test (see {@link FreshDatabase}). */
public final class TestDatabase implements AutoCloseable {

    private final ScratchDatabase scratch;
    private final Dsn dsn;
    private Connection connection;

    TestDatabase(ScratchDatabase scratch) {
        this.scratch = scratch;
        this.dsn = scratch.dsn();
    }

    public Dsn dsn() {
        return dsn;
    }

    public String name() {
        return dsn.database();
    }

    /** The runner configuration a user would have for this database (defaults, no properties file). */
    public RunnerConfig config() {
        return ConfigLoader.defaults(dsn).withConnectTimeout(Duration.ofSeconds(10));
    }

    public RunnerConfig config(String revisionSetClass) {
        return config().withRevisionSet(revisionSetClass);
    }

    /** The engine's facade on this database, with the configured revision set (by default the project's). */
    public Migrator migrator() {
        return Migrator.configure().config(config()).load();
    }

    public Migrator migrator(Class<? extends RevisionSet> revisions) {
        return Migrator.configure().config(config(revisions.getName())).load();
    }

    /** A jOOQ context on this test's one connection (autocommit), closed with the database. */
    public DSLContext dsl() {
        if (connection == null) {
            connection = Connections.open(dsn, Duration.ofSeconds(10));
        }
        return Connections.dsl(connection);
    }

    /** Runs SQL text (several statements, dollar quotes and all) as one simple query. */
    public void execute(String sql) {
        try {
            Connections.execute(dsn, sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + name() + ": " + e.getMessage(), e);
        }
    }

    /** Closes this test's connections and drops the database. */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // dropped with the database anyway
            }
        }
        scratch.close();
    }
}
