package org.somaagent.sa01.engine.runner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.SqlFailures;

/**
 * The runner's own bookkeeping queries (the lock, session settings, version-table reads) in plain
 * JDBC. They run on every start-up, the already-at-head one included, where initialising jOOQ
 * (its data types, DSL, a context) would cost more than the queries themselves (issue #16); what
 * revisions run still goes through jOOQ. A failure becomes the same typed error jOOQ's do in
 * {@code Migrator.inSession}.
 */
final class PlainSql {

    /** Reads what a query returned. */
    interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Connection connection;
    private final Dsn dsn;

    PlainSql(Connection connection, Dsn dsn) {
        this.connection = connection;
        this.dsn = dsn;
    }

    /** Runs {@code sql} with its {@code ?} bound to {@code binds}, in order. */
    <T> T query(String sql, Rows<T> rows, Object... binds) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return rows.read(result);
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, dsn);
        }
    }

    /** The first column of the first row. */
    <T> T value(String sql, Class<T> type, Object... binds) {
        return query(sql, rows -> rows.next() ? rows.getObject(1, type) : null, binds);
    }

    /** An identifier as PostgreSQL reads it verbatim, as jOOQ renders names: double-quoted, inner quotes doubled. */
    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
