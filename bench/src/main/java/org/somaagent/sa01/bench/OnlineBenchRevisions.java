package org.somaagent.sa01.bench;

import static org.somaagent.sa01.testing.OrdersFixture.AMOUNT;
import static org.somaagent.sa01.testing.OrdersFixture.CUSTOMERS;
import static org.somaagent.sa01.testing.OrdersFixture.CUSTOMERS_ID;
import static org.somaagent.sa01.testing.OrdersFixture.CUSTOMER_ID;
import static org.somaagent.sa01.testing.OrdersFixture.ID;
import static org.somaagent.sa01.testing.OrdersFixture.ORDERS;
import static org.somaagent.sa01.testing.OrdersFixture.PRIORITY;
import static org.somaagent.sa01.testing.OrdersFixture.REGION;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Constraint;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.online.Online;
import org.somaagent.sa01.engine.online.OnlineRevision;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.testing.OrdersFixture;

/**
 * The revisions {@code make bench-online} applies under load: 0001 creates and fills the tables,
 * 0002-0008 use the online helpers, and two unsafe sets each add one revision after 0008 that the
 * helpers exist to avoid (a plain CREATE INDEX, a direct SET NOT NULL).
 */
public final class OnlineBenchRevisions {

    static final int ROWS = 1_000_000;
    static final int CUSTOMER_ROWS = 1000;
    /** Small batches: a write that meets a batch waits for less of it (500-row batches gave twice the p99 at the same rows per second). */
    static final int BACKFILL_BATCH = 100;
    /**
     * At least this after each batch, and at least as long as the batch took (nice ratio 1): about 7,500 rows/s, 1M rows
     * in a little over 2 minutes (5 ms: about 13,500 rows/s; on a quiet machine, 2.8x the clean half of the baseline in one run).
     */
    static final Duration BACKFILL_PAUSE = Duration.ofMillis(10);
    static final double BACKFILL_NICE_RATIO = 1;

    static final Constraint FK = DSL.constraint("orders_customer_id_fkey").foreignKey(CUSTOMER_ID).references(CUSTOMERS, CUSTOMERS_ID);

    static final String FIRST_ONLINE = "0002_add_priority";
    static final String HEAD = "0008_region_not_null";

    private OnlineBenchRevisions() {}

    /** The workload writes region from the start: the rows 0001 inserts are what the backfill fills. */
    static List<Revision> safe() {
        return List.of(
                OrdersFixture.create(ROWS, CUSTOMER_ROWS, ROWS),
                OnlineRevision.of(FIRST_ONLINE, OrdersFixture.FIRST, "a column with a constant default",
                        Online.statements(List.of(DSL.alterTable(ORDERS).addColumn(PRIORITY, SQLDataType.INTEGER.defaultValue(DSL.inline(0)))),
                                List.of(DSL.alterTable(ORDERS).dropColumn(PRIORITY)))),
                OnlineRevision.of("0003_orders_customer_idx", "0002_add_priority", "index concurrently",
                        Online.createIndexConcurrently(Online.index("orders_customer_id_idx", ORDERS, CUSTOMER_ID))),
                OnlineRevision.of("0004_orders_customer_fk", "0003_orders_customer_idx", "foreign key not valid", Online.addNotValid(ORDERS, FK)),
                OnlineRevision.of("0005_validate_orders_customer_fk", "0004_orders_customer_fk", "validate the foreign key", Online.validate(ORDERS, FK)),
                OnlineRevision.of("0006_backfill_region", "0005_validate_orders_customer_fk", "backfill region",
                        Online.backfill(ORDERS, ID).set(REGION, CUSTOMER_ID.mod(10).cast(SQLDataType.INTEGER)).where(REGION.isNull()).batchSize(BACKFILL_BATCH)
                                .pauseBetweenBatches(BACKFILL_PAUSE).niceRatio(BACKFILL_NICE_RATIO)),
                OnlineRevision.of("0007_region_check", "0006_backfill_region", "region: check not null, not valid", Online.addNotNullCheck(ORDERS, REGION)),
                OnlineRevision.of(HEAD, "0007_region_check", "region: set not null through the validated check", Online.setNotNull(ORDERS, REGION)));
    }

    private static List<Revision> safeThen(Revision unsafe) {
        List<Revision> all = new ArrayList<>(safe());
        all.add(unsafe);
        return all;
    }

    public static final class Safe implements RevisionSet {
        @Override
        public List<Revision> revisions() {
            return safe();
        }
    }

    /** A plain CREATE INDEX: SHARE lock, writes wait for the whole build. */
    public static final class UnsafeIndex implements RevisionSet {
        @Override
        public List<Revision> revisions() {
            return safeThen(OnlineRevision.of("0009_plain_index", HEAD, "plain create index",
                    Online.statements(List.of(DSL.createIndex("orders_amount_idx").on(ORDERS, AMOUNT)), List.of(DSL.dropIndex("orders_amount_idx")))));
        }
    }

    /** A direct SET NOT NULL: ACCESS EXCLUSIVE while it scans the table. */
    public static final class UnsafeNotNull implements RevisionSet {
        @Override
        public List<Revision> revisions() {
            return safeThen(OnlineRevision.of("0009_direct_not_null", HEAD, "direct set not null",
                    Online.statements(List.of(DSL.alterTable(ORDERS).alterColumn(PRIORITY).setNotNull()),
                            List.of(DSL.alterTable(ORDERS).alterColumn(PRIORITY).dropNotNull()))));
        }
    }
}
