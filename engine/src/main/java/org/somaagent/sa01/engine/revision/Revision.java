package org.somaagent.sa01.engine.revision;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One unit of schema change. A revision declares its own identity ({@link #id()}, {@link #parent()}:
 * never parsed from the class name) and builds its changes with the jOOQ DSL from the context it is
 * given, which may be offline: building changes must not touch a database, so {@code --sql} and
 * checksums work without a server. The runner decides how to execute them.
 */
public interface Revision {

    /** {@code 0001_initial_schema}: zero-padded sequence, underscore, lower-case slug. */
    String id();

    /** The revision this one follows; empty for the first. */
    Optional<String> parent();

    String description();

    List<Change> upgrade(DSLContext dsl);

    List<Change> downgrade(DSLContext dsl);

    /**
     * False for revisions with statements PostgreSQL refuses inside a transaction
     * ({@code CREATE INDEX CONCURRENTLY}); they then run in autocommit, statement by statement.
     */
    default boolean transactional() {
        return true;
    }
}
