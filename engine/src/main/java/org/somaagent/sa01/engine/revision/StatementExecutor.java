package org.somaagent.sa01.engine.revision;

import java.sql.SQLException;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;

/**
 * What a revision's statements run through: the runner's connection, inside the revision's
 * transaction (or in autocommit for a non-transactional revision). Every statement is rendered by
 * {@link SqlRenderer}, so it is the text {@code --sql} prints and the checksum hashes.
 */
public interface StatementExecutor {

    /** Runs one statement; returns its update count (0 for DDL). */
    int execute(Query query) throws SQLException;

    /**
     * Runs a query whose answer decides what runs next: a catalog read, or a step that reports what
     * it changed (a backfill batch's {@code UPDATE ... RETURNING}).
     */
    <R extends Record> Result<R> fetch(ResultQuery<R> query) throws SQLException;
}
