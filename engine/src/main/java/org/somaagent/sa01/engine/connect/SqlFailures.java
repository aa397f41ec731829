package org.somaagent.sa01.engine.connect;

import java.sql.SQLException;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * SQLException to a user's sentence, once, by SQLState (not "every SQL failure is a connection
 * error", which is how Flyway reports them). The statement that failed, when known, helps name
 * what to do.
 */
public final class SqlFailures {

    private SqlFailures() {}

    /** What PostgreSQL said, first line, redacted. */
    public static String reason(Dsn dsn, Throwable e) {
        return dsn.redact(firstLine(e));
    }

    /** The first line of an exception's message (PostgreSQL appends Detail, Hint and Position lines). */
    public static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A remedy for the failures users meet, or empty. */
    public static String remedy(SQLException e, String statement, Dsn dsn) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean extension = statement != null && statement.startsWith("create extension");
        if (extension && (state.equals("0A000") || state.equals("58P01"))) {
            return "pgvector is not installed on the server: install Debian's postgresql-<major>-pgvector (or build it: "
                    + "make dev-db does both for the local server), then rerun";
        }
        if (extension && state.equals("42501")) {
            return "the vector extension is not in database " + dsn.database() + " and role " + dsn.user()
                    + " may not create it: have a superuser run CREATE EXTENSION vector in it, then rerun";
        }
        return switch (state) {
            case "25006" -> "the server is read-only (a hot standby, or default_transaction_read_only is on): run against the primary";
            case "42501" -> "role " + dsn.user() + " lacks a privilege this needs: see README, 'Privileges'";
            case "57P01", "57P02", "57P03" -> "the server ended the session (terminated, shutting down or restarting): rerun";
            default -> "";
        };
    }

    /** For failures outside a revision (the version table, the lock, the catalog): a typed error. */
    public static MigrationException translate(SQLException e, Dsn dsn) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return new MigrationException(ErrorKind.CONNECT, "lost the connection to " + dsn.host() + ":" + dsn.port() + ": "
                    + reason(dsn, e) + ": rerun when the server is reachable", e);
        }
        String remedy = remedy(e, null, dsn);
        return new MigrationException(ErrorKind.FAILED, reason(dsn, e) + (remedy.isEmpty() ? "" : ": " + remedy), e);
    }
}
