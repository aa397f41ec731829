package org.somaagent.sa01.engine.connect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.JdbcSettings;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * Synchronous access: a JDBC connection and a jOOQ {@link DSLContext} over it. Connecting retries
 * with backoff while the server is unreachable or starting (SQLState class 08, 57P03), up to the
 * connect timeout; authentication and missing-database errors fail at once.
 */
public final class Connections {

    private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

    private Connections() {}

    public static Connection open(Dsn dsn, Duration timeout) {
        JdbcSettings jdbc = dsn.jdbc();
        long deadline = System.nanoTime() + timeout.toNanos();
        long backoffMs = 200;
        SQLException last;
        while (true) {
            Properties props = new Properties();
            props.putAll(jdbc.properties());
            long leftS = Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toSeconds());
            props.putIfAbsent("connectTimeout", Long.toString(Math.min(leftS, 10)));
            props.putIfAbsent("loginTimeout", Long.toString(Math.min(leftS, 10)));
            try {
                return DriverManager.getConnection(jdbc.url(), props);
            } catch (SQLException e) {
                last = e;
                if (!transientFailure(e) || System.nanoTime() + backoffMs * 1_000_000 > deadline) {
                    break;
                }
                LOG.info("waiting for the database at {}:{} ({}); retrying in {} ms", dsn.host(), dsn.port(),
                        SqlFailures.reason(dsn, e), backoffMs);
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 2000);
            }
        }
        throw new MigrationException(ErrorKind.CONNECT, connectMessage(dsn, timeout, last), last);
    }

    /** Runs one SQL text (several statements are one simple query) on a connection of its own, closed after. */
    public static void execute(Dsn dsn, String sql) throws SQLException {
        try (Connection c = open(dsn, Duration.ofSeconds(10)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A jOOQ context with the pinned rendering settings over an open connection. */
    public static DSLContext dsl(Connection connection) {
        return DSL.using(connection, SQLDialect.POSTGRES, SqlRenderer.SETTINGS);
    }

    static boolean transientFailure(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.equals("57P03");
    }

    private static String connectMessage(Dsn dsn, Duration timeout, SQLException e) {
        String where = "the database " + dsn.database() + " at " + dsn.host() + ":" + dsn.port() + " as user " + dsn.user();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = SqlFailures.reason(dsn, e);
        if (state.startsWith("28")) {
            return "cannot log in to " + where + ": " + reason + ": check the user name and password in the DSN";
        }
        if (state.equals("3D000")) {
            return "cannot connect to " + where + ": it does not exist: create it (make dev-db does for the local one) or fix the DSN";
        }
        return "could not reach " + where + " within " + timeout.toSeconds() + " s: " + reason
                + ": is PostgreSQL running there? (make dev-db starts the local one; SA01_DB_CONNECT_TIMEOUT waits longer)";
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(ErrorKind.CONNECT, "interrupted while waiting for the database");
        }
    }
}
