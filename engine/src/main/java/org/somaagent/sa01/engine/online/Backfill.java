package org.somaagent.sa01.engine.online;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.CommonTableExpression;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.StatementExecutor;

/**
 * A batched backfill: {@code UPDATE t SET ... WHERE key IN (SELECT key FROM t WHERE <pending> AND
 * key > <last key of the previous batch> ORDER BY key LIMIT n)}, each batch its own autocommit
 * transaction (row locks held for one batch only). Walking the key (the primary key: unique, not
 * null) makes each batch an index range read, so the whole backfill reads the table once; without
 * the lower bound every batch would scan past all the rows done before it, quadratic in the table.
 * When a batch finds fewer than n rows, one sweep from the first key picks up rows that became
 * pending behind the walk (written by the application meanwhile); the backfill ends when a batch
 * from the first key finds fewer than n. {@code pending} must select only the rows not yet done,
 * which the assignments make false: a run that was killed is resumed by the next, which starts at
 * the first pending row. Immutable; made by {@link Online#backfill}.
 */
public final class Backfill implements OnlineStep {

    private static final Logger LOG = LoggerFactory.getLogger(Backfill.class);
    public static final int DEFAULT_BATCH_SIZE = 1000;

    private final Table<?> table;
    private final Field<?> key;
    private final Map<Field<?>, Field<?>> assignments;
    private final Condition pending;
    private final int batchSize;
    private final BatchPause pause;

    Backfill(Table<?> table, Field<?> key, Map<Field<?>, Field<?>> assignments, Condition pending, int batchSize, BatchPause pause) {
        this.table = table;
        this.key = key;
        this.assignments = Collections.unmodifiableMap(new LinkedHashMap<>(assignments)); // in order: the rendering is checksummed
        this.pending = pending;
        this.batchSize = batchSize;
        this.pause = pause;
    }

    /** One more column to set, to a value or an expression over the row. */
    public <T> Backfill set(Field<T> column, Field<T> value) {
        Map<Field<?>, Field<?>> next = new LinkedHashMap<>(assignments);
        next.put(column, value);
        return new Backfill(table, key, next, pending, batchSize, pause);
    }

    public <T> Backfill set(Field<T> column, T value) {
        return set(column, DSL.inline(value, column));
    }

    /** The rows not yet done; the assignments must make it false, or the backfill would never end. */
    public Backfill where(Condition pending) {
        return new Backfill(table, key, assignments, pending, batchSize, pause);
    }

    /** Rows per batch (default {@value #DEFAULT_BATCH_SIZE}): the longest a row of the batch stays locked is one batch. */
    public Backfill batchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("backfill of " + table.getName() + ": the batch size must be at least 1, not " + rows);
        }
        return new Backfill(table, key, assignments, pending, rows, pause);
    }

    /**
     * A pause after each batch (default none), so the application's transactions get the machine
     * between batches; it changes how long the backfill takes, not its SQL.
     */
    public Backfill pauseBetweenBatches(Duration pause) {
        return new Backfill(table, key, assignments, pending, batchSize, throttle(() -> this.pause.withFixed(pause)));
    }

    /**
     * After each batch, a pause of {@code ratio} times the batch's own time (default 0; 1 gives the
     * application as much time as the batch took): the backfill slows down by itself when the
     * database is busy. With {@link #pauseBetweenBatches}, the longer of the two.
     */
    public Backfill niceRatio(double ratio) {
        return new Backfill(table, key, assignments, pending, batchSize, throttle(() -> this.pause.withNiceRatio(ratio)));
    }

    private BatchPause throttle(java.util.function.Supplier<BatchPause> next) {
        try {
            return next.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backfill of " + table.getName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Query> queries() {
        requireComplete();
        return List.of(DSL.update(table).set(assignments).where(nextBatch(key, null)));
    }

    private void requireComplete() {
        if (assignments.isEmpty() || pending == null) {
            throw new IllegalStateException("backfill of " + table.getName()
                    + " needs set(column, value) and where(the rows not yet done): without them it would not end");
        }
    }

    /** {@code key IN (SELECT key FROM t WHERE pending [AND key > after] ORDER BY key LIMIT n)}; the bound inlined, as --sql would print it. */
    private <K> Condition nextBatch(Field<K> key, K after) {
        Condition rows = after == null ? pending : pending.and(key.gt(DSL.inline(after, key)));
        return key.in(DSL.select(key).from(table).where(rows).orderBy(key).limit(DSL.inline(batchSize)));
    }

    /**
     * The batch after {@code after} (null: from the first key), answering how many rows it updated
     * and its highest key: {@code WITH batch AS (UPDATE ... RETURNING key) SELECT count(*), max(key)
     * FROM batch}, so the next bound is ordered as PostgreSQL orders the key.
     */
    private <K> ResultQuery<Record2<Integer, K>> batchAfter(Field<K> key, K after) {
        CommonTableExpression<Record1<K>> batch = DSL.name("batch").as(DSL.update(table).set(assignments).where(nextBatch(key, after)).returningResult(key));
        Field<K> updated = batch.field(key);
        return DSL.with(batch).select(DSL.count(), DSL.max(updated)).from(batch);
    }

    @Override
    public boolean autocommit() {
        return true;
    }

    /** Undone by nothing: the values stay until the revision that added the column drops it. */
    @Override
    public OnlineStep undo() {
        return new PlainStep(List.of(), List.of(), true);
    }

    /**
     * The batches commit asynchronously ({@code synchronous_commit = off} for this session while
     * they run): a batch's commit then does not wait for its WAL to reach the disk, so the
     * application's commits do not queue behind the backfill's flushes. A crash can lose the last
     * batches, which is safe: they are still pending and the rerun does them again; the revision's
     * own record commits synchronously after the last batch, flushing everything before it.
     */
    @Override
    public void run(StatementExecutor executor) throws SQLException {
        requireComplete(); // before anything runs
        executor.execute(DSL.query("set synchronous_commit = off"));
        walk(executor, key);
        executor.execute(DSL.query("reset synchronous_commit")); // a failed backfill ends the run, and its connection with it
    }

    private <K> void walk(StatementExecutor executor, Field<K> key) throws SQLException {
        K after = null;
        long total = 0;
        for (int n = 1; ; n++) {
            long start = System.nanoTime();
            Record2<Integer, K> batch = executor.fetch(batchAfter(key, after)).getFirst();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int rows = batch.value1();
            total += rows;
            LOG.info("backfill {}: batch {}, {} rows in {} ms, {} rows so far", table.getName(), n, rows, took.toMillis(), total);
            if (rows == batchSize) {
                after = batch.value2();
            } else if (after != null) {
                after = null; // the walk reached the end: one sweep from the first key for rows left behind it
            } else {
                return;
            }
            pause(pause.after(took));
        }
    }

    private void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.failed("backfill of " + table.getName() + " interrupted between batches; rerun to resume it");
        }
    }
}
