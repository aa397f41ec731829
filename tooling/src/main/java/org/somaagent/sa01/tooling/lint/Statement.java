package org.somaagent.sa01.tooling.lint;

import java.util.Optional;
import org.jooq.Name;
import org.jooq.Query;

/**
 * One statement to lint: the jOOQ query it is (or why there is none), and the PostgreSQL options
 * jOOQ's model has no place for, read from the text by {@link PostgresOnlySyntax}.
 *
 * @param location     where it is written: {@code file.sql:12} or the revision's source file
 * @param sql          the statement as it runs
 * @param query        the parsed or built query; empty when unreadable or a VALIDATE CONSTRAINT
 * @param unreadable   jOOQ's reason when it could not parse the statement
 * @param concurrently CREATE/DROP INDEX CONCURRENTLY
 * @param notValid     ADD CONSTRAINT ... NOT VALID
 * @param unreadableOn the table an unreadable CREATE TRIGGER or CREATE INDEX works on
 * @param recognized   a PostgreSQL statement jOOQ cannot parse but the safe patterns use
 */
record Statement(String location, String sql, Optional<Query> query, Optional<String> unreadable, Optional<Name> unreadableOn,
                 boolean concurrently, boolean notValid, Optional<Recognized> recognized) {

    /** The statements {@link PostgresOnlySyntax} reads itself. */
    sealed interface Recognized permits Validate, KeyUsingIndex, TransactionControl {}

    /** {@code ALTER TABLE t VALIDATE CONSTRAINT c}: SHARE UPDATE EXCLUSIVE, writes go on. */
    record Validate(Name table, Name constraint) implements Recognized {}

    /** {@code ALTER TABLE t ADD CONSTRAINT c UNIQUE|PRIMARY KEY USING INDEX i}: a brief lock, the index exists already. */
    record KeyUsingIndex() implements Recognized {}

    /** {@code BEGIN} / {@code START TRANSACTION} ({@code begins}), or {@code COMMIT} / {@code END} / {@code ROLLBACK}. */
    record TransactionControl(boolean begins) implements Recognized {}

    static Statement built(String location, String sql, Query query) {
        return new Statement(location, sql, Optional.of(query), Optional.empty(), Optional.empty(), false, false, Optional.empty());
    }
}
