package org.somaagent.sa01.engine.revision;

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
}
