package org.somaagent.sa01.access;

import java.sql.Connection;
import java.time.Duration;
import org.jooq.DSLContext;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;

/**
 * Synchronous access for application code: a JDBC connection from the same DSN forms the migrator
 * takes (retried while the server starts), and a jOOQ context over it for the typed classes.
 */
public final class Database {

    private Database() {}

    public static Connection connect(Dsn dsn, Duration timeout) {
        return Connections.open(dsn, timeout);
    }

    public static DSLContext dsl(Connection connection) {
        return Connections.dsl(connection);
    }
}
