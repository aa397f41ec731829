package org.somaagent.sa01.tooling.lint;

import java.util.List;

/**
 * The lint rules: the id {@code @AcknowledgeLint} names, the lock the statement takes and for how
 * long, and the safe pattern. docs/lint.md sets them against squawk's rules.
 */
public enum LintCheck {
    VOLATILE_DEFAULT("volatile-default", "ACCESS EXCLUSIVE for a full table rewrite",
            "add the column without a default (or with a constant one), backfill in batches in a later revision, then set the default",
            "adding-field-with-default"),
    ADD_COLUMN_NOT_NULL("add-column-not-null", "ACCESS EXCLUSIVE, and it fails on any existing row",
            "add the column nullable or with a constant default, backfill, then set NOT NULL through a validated check",
            "adding-required-field"),
    INDEX_NOT_CONCURRENTLY("index-not-concurrently", "SHARE (writes blocked) for the whole index build",
            "CREATE INDEX CONCURRENTLY in a revision whose transactional() is false", "require-concurrent-index-creation"),
    DROP_INDEX_NOT_CONCURRENTLY("drop-index-not-concurrently", "ACCESS EXCLUSIVE until the transaction ends, queued behind every reader",
            "DROP INDEX CONCURRENTLY in a revision whose transactional() is false", "require-concurrent-index-deletion"),
    CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction", "none: PostgreSQL refuses CONCURRENTLY inside a transaction block",
            "put the statement in a revision of its own whose transactional() is false", "ban-concurrent-index-creation-in-transaction"),
    TYPE_CHANGE("type-change", "ACCESS EXCLUSIVE for a full table rewrite (and rebuild of its indexes)",
            "add a new column, backfill it in batches, switch readers, then drop the old one (widening a varchar or making it text is safe)",
            "changing-column-type"),
    SET_NOT_NULL("set-not-null", "ACCESS EXCLUSIVE for a full table scan",
            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT c (next revision), SET NOT NULL, DROP CONSTRAINT c",
            "adding-not-nullable-field"),
    DROP_NOT_NULL("drop-not-null", "ACCESS EXCLUSIVE, brief; running code that expects a value gets NULLs",
            "keep the column NOT NULL until no reader depends on it, then drop the constraint in its own release", "ban-drop-not-null"),
    CONSTRAINT_NOT_VALID("constraint-not-valid", "ACCESS EXCLUSIVE (SHARE ROW EXCLUSIVE on both tables for a foreign key) for a full table scan",
            "ADD CONSTRAINT ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in the next revision (SHARE UPDATE EXCLUSIVE: writes go on)",
            "constraint-missing-not-valid", "adding-foreign-key-constraint"),
    UNIQUE_CONSTRAINT("unique-constraint", "ACCESS EXCLUSIVE for the whole index build",
            "CREATE UNIQUE INDEX CONCURRENTLY (non-transactional revision), then ADD CONSTRAINT c UNIQUE USING INDEX / PRIMARY KEY USING INDEX",
            "disallowed-unique-constraint", "adding-serial-primary-key-field"),
    RENAME_COLUMN("rename-column", "ACCESS EXCLUSIVE, brief; every running instance that uses the old name fails",
            "add the new column, copy, switch readers and writers, then drop the old one", "renaming-column"),
    RENAME_TABLE("rename-table", "ACCESS EXCLUSIVE, brief; every running instance that uses the old name fails",
            "create the new table (or a view under the old name), switch the code, then drop the old one", "renaming-table"),
    DROP_COLUMN_IN_MODEL("drop-column-in-model", "ACCESS EXCLUSIVE, brief; the application still reads the column",
            "remove the column from the model and the code first, release, then drop it", "ban-drop-column"),
    DROP_TABLE_IN_MODEL("drop-table-in-model", "ACCESS EXCLUSIVE, brief; the application still uses the table",
            "remove the table from the model and the code first, release, then drop it", "ban-drop-table"),
    ENUM_LABEL_REMOVED("enum-label-removed", "ACCESS EXCLUSIVE on every table using the type, and it fails on rows with a removed label",
            "keep the label; stop writing it in the code; map old rows in a data migration before any type change"),
    RENAME_ENUM_LABEL("rename-enum-label", "brief; running code that writes the old label fails",
            "add the new label, migrate rows in batches, stop using the old one"),
    DOMAIN_CONSTRAINT("domain-constraint", "SHARE on every table using the domain while all its values are checked (ALTER DOMAIN)",
            "a CHECK on the table's column instead, added NOT VALID and validated in the next revision",
            "ban-create-domain-with-constraint", "ban-alter-domain-with-add-constraint"),
    IDENTIFIER_TOO_LONG("identifier-too-long", "none; PostgreSQL cuts the name to 63 bytes, so the catalog no longer matches the model or the code",
            "a name of at most 63 bytes", "identifier-too-long"),
    TRUNCATE_CASCADE("truncate-cascade", "ACCESS EXCLUSIVE on every table reached through foreign keys, emptied too",
            "delete the rows you mean, table by table, in batches", "ban-truncate-cascade"),
    DROP_DATABASE("drop-database", "the whole database, gone", "never in a revision", "ban-drop-database"),
    UNBATCHED_WRITE("unbatched-write", "ROW EXCLUSIVE, and a row lock on every row of the table until the revision commits",
            "backfill in batches: UPDATE t SET ... WHERE key IN (SELECT key FROM t WHERE ... LIMIT n), one batch per transaction"),
    UNPARSED_STATEMENT("unparsed-statement", "unknown: jOOQ's parser cannot read the statement, so no rule checked it",
            "write it with jOOQ's DSL, or review it by hand and acknowledge it with the reason",
            "require-concurrent-reindex", "prefer-repack", "require-concurrent-partition-detach");

    private final String id;
    private final String lock;
    private final String advice;
    private final List<String> squawk;

    LintCheck(String id, String lock, String advice, String... squawk) {
        this.id = id;
        this.lock = lock;
        this.advice = advice;
        this.squawk = List.of(squawk);
    }

    /** The squawk rules this one covers (docs/lint.md); none for rules squawk does not have. */
    public List<String> squawk() {
        return squawk;
    }

    public String id() {
        return id;
    }

    /** The lock the statement takes and for how long (or what else goes wrong). */
    public String lock() {
        return lock;
    }

    /** The safe pattern. */
    public String advice() {
        return advice;
    }
}
