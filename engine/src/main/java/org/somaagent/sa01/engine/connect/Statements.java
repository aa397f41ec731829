package org.somaagent.sa01.engine.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Optional;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.revision.SqlRenderer;
import org.somaagent.sa01.engine.revision.StatementExecutor;

/**
 * Runs rendered statements on one connection: exactly the text {@code --sql} prints and checksums
 * hash. Remembers the statement that failed, so the runner can show it.
 */
public final class Statements implements StatementExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(Statements.class);

    private final Connection connection;
    private String failedStatement;
    private Query failedQuery;

    public Statements(Connection connection) {
        this.connection = connection;
    }

    @Override
    public int execute(Query query) throws SQLException {
        try {
            return execute(SqlRenderer.render(query));
        } catch (SQLException e) {
            failedQuery = query;
            throw e;
        }
    }

    public int execute(String sql) throws SQLException {
        LOG.debug("sql: {}", sql);
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return Math.max(statement.getUpdateCount(), 0);
        } catch (SQLException e) {
            failedStatement = sql;
            throw e;
        }
    }

    @Override
    public <R extends Record> Result<R> fetch(ResultQuery<R> query) throws SQLException {
        try {
            return Connections.dsl(connection).fetch(query);
        } catch (DataAccessException e) {
            failedQuery = query;
            failedStatement = SqlRenderer.render(query);
            SQLException cause = e.getCause(SQLException.class);
            throw cause != null ? cause : new SQLException(e.getMessage(), e);
        }
    }

    /**
     * Runs a query inside a savepoint; on failure rolls back to it and returns the error instead of
     * throwing, so the enclosing revision goes on (adoption: "create it if that loses nothing").
     * Outside a transaction there is nothing to roll back to, and the statement simply runs.
     */
    public SQLException tryExecute(Query query) throws SQLException {
        if (connection.getAutoCommit()) {
            try {
                execute(query);
                return null;
            } catch (SQLException e) {
                return e;
            }
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            execute(query);
            connection.releaseSavepoint(savepoint);
            return null;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            failedStatement = null;
            failedQuery = null;
            return e;
        }
    }

    /** The query object that failed last, when it was run as one. */
    public Optional<Query> failedQuery() {
        return Optional.ofNullable(failedQuery);
    }

    /** The statement that failed last, or null. */
    public String failedStatement() {
        return failedStatement;
    }
}
