package org.somaagent.sa01.engine.revision;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.Query;

/**
 * One unit of schema change. A revision declares its own identity ({@link #id()}, {@link #parent()}:
 * never parsed from the class name) and returns its statements as jOOQ {@link Query} objects built
 * with the static {@code DSL} API, against the typed snapshot of the schema it starts from. What the
 * runner executes is exactly what the checksum hashes and what {@code --sql} prints: each query
 * rendered once by {@link SqlRenderer}.
 */
public interface Revision {

    /** {@code 0001_initial_schema}: zero-padded sequence, underscore, lower-case slug. */
    String id();

    /** The revision this one follows; empty for the first. */
    Optional<String> parent();

    String description();

    List<Query> upgrade();

    List<Query> downgrade();

    /**
     * False for revisions with statements PostgreSQL refuses inside a transaction
     * ({@code CREATE INDEX CONCURRENTLY}); they then run in autocommit, statement by statement.
     */
    default boolean transactional() {
        return true;
    }

    /**
     * The runner's hook: runs {@link #upgrade()} through {@code executor}, each statement once, in
     * order. A revision whose execution depends on the database (the {@code engine.online} helpers:
     * an invalid index left by a failed concurrent build is dropped first, a batched backfill repeats
     * its UPDATE until no row is left) runs the same statements its own way; it must not run others
     * than these, except what the database's state calls for.
     */
    default void runUpgrade(StatementExecutor executor) throws SQLException {
        for (Query query : upgrade()) {
            executor.execute(query);
        }
    }

    /** As {@link #runUpgrade}, for {@link #downgrade()}. */
    default void runDowngrade(StatementExecutor executor) throws SQLException {
        for (Query query : downgrade()) {
            executor.execute(query);
        }
    }
}
