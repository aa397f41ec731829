package org.somaagent.sa01.engine.online;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jooq.Constraint;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.OrderField;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;

/**
 * The lock-safe patterns as steps of an {@link OnlineRevision}, typed over the parent snapshot's
 * tables and fields: what a revision calls instead of writing the statements out. Each step knows
 * its undo, so a revision declares only its upgrade. CONTRIBUTING.md ("Online revisions") shows
 * them at work; the locks each takes are in its comment.
 */
public final class Online {

    private Online() {}

    /** An index for {@link #createIndexConcurrently}, declared by the revision that creates it (snapshots hold none). */
    public static Index index(String name, Table<?> table, OrderField<?>... fields) {
        return Internal.createIndex(DSL.name(name), table, fields, false);
    }

    public static Index uniqueIndex(String name, Table<?> table, OrderField<?>... fields) {
        return Internal.createIndex(DSL.name(name), table, fields, true);
    }

    /**
     * {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS}, undone by {@code DROP INDEX CONCURRENTLY IF EXISTS}.
     * SHARE UPDATE EXCLUSIVE: writes go on while it builds. Makes the revision non-transactional; an
     * invalid index a failed build left is dropped and built again.
     */
    public static OnlineStep createIndexConcurrently(Index index) {
        return new ConcurrentIndex(index, true);
    }

    /** {@code DROP INDEX CONCURRENTLY IF EXISTS}, undone by building it again concurrently. */
    public static OnlineStep dropIndexConcurrently(Index index) {
        return new ConcurrentIndex(index, false);
    }

    /**
     * {@code ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY|CHECK ... NOT VALID}: a catalog change (a brief
     * SHARE ROW EXCLUSIVE lock for a foreign key, ACCESS EXCLUSIVE for a check), no scan; new rows are
     * checked from now on. {@link #validate} it in the next revision. Undone by dropping it.
     */
    public static OnlineStep addNotValid(Table<?> table, Constraint constraint) {
        return new PlainStep(List.of(OnlineSql.addNotValid(table, constraint)),
                List.of(DSL.alterTable(table).dropConstraintIfExists(constraint.getUnqualifiedName())), false);
    }

    /**
     * {@code ALTER TABLE t VALIDATE CONSTRAINT c}: scans the table under SHARE UPDATE EXCLUSIVE, which
     * lets writes go on. Undone by nothing (the downgrade of the revision that added it drops it).
     */
    public static OnlineStep validate(Table<?> table, Constraint constraint) {
        return new PlainStep(List.of(OnlineSql.validate(table, constraint.getUnqualifiedName())), List.of(), false);
    }

    /** The first half of {@link #setNotNull}: {@code CHECK (col IS NOT NULL) NOT VALID}, named {@code <table>_<column>_not_null}. */
    public static OnlineStep addNotNullCheck(Table<?> table, Field<?> column) {
        return addNotValid(table, notNullCheck(table, column));
    }

    /**
     * The second half, in the next revision: validate the check of {@link #addNotNullCheck} (a scan
     * that lets writes go on), {@code SET NOT NULL}, which PostgreSQL 12+ does without a scan given
     * the validated check (a moment's ACCESS EXCLUSIVE), then drop the check, all in one transaction.
     * Undone by dropping NOT NULL and adding the check back as NOT VALID.
     */
    public static OnlineStep setNotNull(Table<?> table, Field<?> column) {
        Constraint check = notNullCheck(table, column);
        return new PlainStep(List.of(
                OnlineSql.validate(table, check.getUnqualifiedName()),
                DSL.alterTable(table).alterColumn(column).setNotNull(),
                DSL.alterTable(table).dropConstraint(check.getUnqualifiedName())),
                List.of(DSL.alterTable(table).alterColumn(column).dropNotNull(), OnlineSql.addNotValid(table, check)), false);
    }

    /**
     * A batched backfill of {@code table}, its batches chosen by {@code key} (the primary key):
     * {@code Online.backfill(T, T.ID).set(T.COL, value).where(T.COL.isNull()).batchSize(5000)}, optionally
     * {@code .pauseBetweenBatches(Duration.ofMillis(50))} or {@code .niceRatio(1)}.
     * Makes the revision non-transactional: each batch commits on its own.
     */
    public static <K> Backfill backfill(Table<?> table, Field<K> key) {
        return new Backfill(table, key, Map.of(), null, Backfill.DEFAULT_BATCH_SIZE, BatchPause.NONE);
    }

    /** Ordinary statements (adding a nullable column, or one with a constant default), in the revision's transaction. */
    public static OnlineStep statements(List<? extends Query> upgrade, List<? extends Query> downgrade) {
        return new PlainStep(List.copyOf(upgrade), List.copyOf(downgrade), false);
    }

    private static Constraint notNullCheck(Table<?> table, Field<?> column) {
        return DSL.constraint(table.getName() + "_" + column.getName() + "_not_null").check(column.isNotNull());
    }
}
