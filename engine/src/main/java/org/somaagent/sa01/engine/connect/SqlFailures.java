package org.somaagent.sa01.engine.connect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;

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

    private static final Pattern EXTENSION_MESSAGE = Pattern.compile("extension \"([^\"]+)\"|extension/([^/\"]+)\\.control");

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
    public static String remedy(SQLException e, Dsn dsn) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Optional<String> extension = extensionNamedBy(e);
        if (extension.isPresent() && (state.equals("0A000") || state.equals("58P01"))) {
            return "the " + extension.get() + " extension is not installed on the server: install its package (pgvector: Debian's "
                    + "postgresql-<major>-pgvector; make dev-db does it for the local server), then rerun";
        }
        if (extension.isPresent() && state.equals("42501")) {
            return "the " + extension.get() + " extension is not in database " + dsn.database() + " and role " + dsn.user()
                    + " may not create it: have a superuser run CREATE EXTENSION " + extension.get() + " in it, then rerun";
        }
        return switch (state) {
            case "25006" -> "the server is read-only (a hot standby, or default_transaction_read_only is on): run against the primary";
            case "42501" -> "role " + dsn.user() + " lacks a privilege this needs: see README, 'Privileges'";
            case "57P01", "57P02", "57P03" -> "the server ended the session (terminated, shutting down or restarting): rerun";
            default -> "";
        };
    }

    /**
     * The extension PostgreSQL's own message names ({@code permission denied to create extension
     * "vector"}, {@code extension "vector" is not available}, or the missing {@code vector.control}):
     * what the server said, not a guess from the statement's text.
     */
    static Optional<String> extensionNamedBy(SQLException e) {
        String message = e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage() : e.getMessage();
        Matcher m = message == null ? null : EXTENSION_MESSAGE.matcher(message);
        return m != null && m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** For failures outside a revision (the version table, the lock, the catalog): a typed error. */
    public static MigrationException translate(SQLException e, Dsn dsn) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return new MigrationException(ErrorKind.CONNECT, "lost the connection to " + dsn.host() + ":" + dsn.port() + ": "
                    + reason(dsn, e) + ": rerun when the server is reachable", e);
        }
        String remedy = remedy(e, dsn);
        return new MigrationException(ErrorKind.FAILED, reason(dsn, e) + (remedy.isEmpty() ? "" : ": " + remedy), e);
    }
}
