package org.somaagent.sa01.tooling.lint;

/** The lock-safety checks, with the advice each warning gives. Ids are what {@code @AcknowledgeLint} names. */
public enum LintCheck {
    VOLATILE_DEFAULT("volatile-default",
            "adding a column with a volatile default rewrites the whole table under an ACCESS EXCLUSIVE lock: add it without a default, backfill in batches, then set the default"),
    INDEX_NOT_CONCURRENTLY("index-not-concurrently",
            "CREATE INDEX on an existing table blocks writes while it builds: use CREATE INDEX CONCURRENTLY in a revision whose transactional() is false"),
    TYPE_CHANGE("type-change",
            "changing a column's type rewrites the table under an ACCESS EXCLUSIVE lock (except a few widenings): add a new column, backfill, switch readers, drop the old one"),
    SET_NOT_NULL("set-not-null",
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a later revision, then SET NOT NULL"),
    DROP_COLUMN_IN_MODEL("drop-column-in-model",
            "the column is still in the schema model, so application code still uses it: remove it from the model (and the code) first"),
    RENAME_COLUMN("rename-column",
            "renaming a column breaks every running application instance that still uses the old name: add the new column, copy, switch, then drop"),
    ENUM_LABEL_REMOVED("enum-label-removed",
            "dropping an enum the model still declares (to recreate it with fewer labels) fails on rows that use the removed labels and breaks running code");

    private final String id;
    private final String advice;

    LintCheck(String id, String advice) {
        this.id = id;
        this.advice = advice;
    }

    public String id() {
        return id;
    }

    public String advice() {
        return advice;
    }
}
