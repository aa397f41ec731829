package org.somaagent.sa01.engine.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * The SQL each helper renders, pinned: it is what runs, what {@code --sql} prints and what the
 * checksum hashes (a change here changes the checksum of every merged revision that uses the
 * helper), and lint accepts exactly these shapes. Columns come qualified, as a snapshot's
 * fields do, and must not be in CREATE INDEX.
 */
class OnlineStepsTest {

    static final Table<?> ORDERS = DSL.table(DSL.name("orders"));
    static final Field<Long> ID = DSL.field(DSL.name("orders", "id"), SQLDataType.BIGINT);
    static final Field<Long> CUSTOMER_ID = DSL.field(DSL.name("orders", "customer_id"), SQLDataType.BIGINT);
    static final Field<Integer> REGION = DSL.field(DSL.name("orders", "region"), SQLDataType.INTEGER);
    static final Table<?> CUSTOMERS = DSL.table(DSL.name("customers"));
    static final Field<Long> CUSTOMERS_ID = DSL.field(DSL.name("customers", "id"), SQLDataType.BIGINT);

    @Test
    void createIndexConcurrentlyAndItsUndo() {
        OnlineStep step = Online.createIndexConcurrently(Online.index("orders_customer_id_idx", ORDERS, CUSTOMER_ID, ID.desc()));
        assertThat(sql(step.queries())).containsExactly(
                "create index concurrently if not exists \"orders_customer_id_idx\" on \"orders\"(\"customer_id\", \"id\" desc)");
        assertThat(sql(step.undo().queries())).containsExactly("drop index concurrently if exists \"orders_customer_id_idx\"");
        assertThat(step.autocommit()).isTrue();
        assertThat(sql(Online.createIndexConcurrently(Online.uniqueIndex("orders_id_key", ORDERS, ID)).queries()))
                .containsExactly("create unique index concurrently if not exists \"orders_id_key\" on \"orders\"(\"id\")");
    }

    @Test
    void foreignKeyNotValidThenValidate() {
        var fk = DSL.constraint("orders_customer_id_fkey").foreignKey(CUSTOMER_ID).references(CUSTOMERS, CUSTOMERS_ID);
        OnlineStep add = Online.addNotValid(ORDERS, fk);
        assertThat(sql(add.queries())).containsExactly(
                "alter table \"orders\" add constraint \"orders_customer_id_fkey\" foreign key (\"customer_id\") references \"customers\" (\"id\") not valid");
        assertThat(sql(add.undo().queries())).containsExactly("alter table \"orders\" drop constraint if exists \"orders_customer_id_fkey\"");
        OnlineStep validate = Online.validate(ORDERS, fk);
        assertThat(sql(validate.queries())).containsExactly("alter table \"orders\" validate constraint \"orders_customer_id_fkey\"");
        assertThat(validate.undo().queries()).isEmpty();
        assertThat(add.autocommit() || validate.autocommit()).isFalse();
    }

    @Test
    void notNullThroughAValidatedCheck() {
        assertThat(sql(Online.addNotNullCheck(ORDERS, REGION).queries())).containsExactly(
                "alter table \"orders\" add constraint \"orders_region_not_null\" check (\"region\" is not null) not valid");
        OnlineStep set = Online.setNotNull(ORDERS, REGION);
        assertThat(sql(set.queries())).containsExactly(
                "alter table \"orders\" validate constraint \"orders_region_not_null\"",
                "alter table \"orders\" alter \"region\" set not null",
                "alter table \"orders\" drop constraint \"orders_region_not_null\"");
        assertThat(sql(set.undo().queries())).containsExactly(
                "alter table \"orders\" alter \"region\" drop not null",
                "alter table \"orders\" add constraint \"orders_region_not_null\" check (\"region\" is not null) not valid");
    }

    @Test
    void batchedBackfill() {
        Backfill backfill = Online.backfill(ORDERS, ID).set(REGION, CUSTOMER_ID.mod(10).cast(SQLDataType.INTEGER)).where(REGION.isNull()).batchSize(5000);
        assertThat(sql(backfill.queries())).containsExactly("update \"orders\" set \"region\" = cast(mod(\"orders\".\"customer_id\", 10) as int)"
                + " where \"orders\".\"id\" in (select \"orders\".\"id\" from \"orders\" where \"orders\".\"region\" is null order by \"orders\".\"id\" fetch next 5000 rows only)");
        assertThat(sql(backfill.pauseBetweenBatches(java.time.Duration.ofMillis(50)).queries())).isEqualTo(sql(backfill.queries()));
        assertThat(backfill.autocommit()).isTrue();
        assertThat(backfill.undo().queries()).isEmpty();
    }

    @Test
    void theBackfillPausesTheLongerOfItsFixedPauseAndItsNiceRatioTimesTheBatch() {
        java.time.Duration ms40 = java.time.Duration.ofMillis(40);
        assertThat(BatchPause.NONE.after(ms40)).isZero();
        assertThat(BatchPause.NONE.withNiceRatio(1.5).after(ms40)).isEqualTo(java.time.Duration.ofMillis(60));
        assertThat(BatchPause.NONE.withNiceRatio(1.5).withFixed(java.time.Duration.ofMillis(100)).after(ms40)).isEqualTo(java.time.Duration.ofMillis(100));
        assertThat(BatchPause.NONE.withFixed(java.time.Duration.ofMillis(10)).withNiceRatio(1).after(ms40)).isEqualTo(ms40);
    }

    @Test
    void aBackfillWithoutItsPendingRowsIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> Online.backfill(ORDERS, ID).set(REGION, 1).queries())
                .hasMessage("backfill of orders needs set(column, value) and where(the rows not yet done): without them it would not end");
        assertThatThrownBy(() -> Online.backfill(ORDERS, ID).batchSize(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Online.backfill(ORDERS, ID).pauseBetweenBatches(java.time.Duration.ofMillis(-1)))
                .hasMessage("backfill of orders: the pause between batches cannot be negative");
        assertThatThrownBy(() -> Online.backfill(ORDERS, ID).niceRatio(-0.5)).hasMessage("backfill of orders: the nice ratio must be a number of at least 0, not -0.5");
        assertThatThrownBy(() -> Online.backfill(ORDERS, ID).niceRatio(Double.NaN)).hasMessageContaining("not NaN");
    }

    @Test
    void aRevisionOfStepsIsNonTransactionalWhenOneStepNeedsAutocommitAndUndoesInReverse() {
        OnlineRevision revision = new OnlineRevision() {
            public String id() { return "0002_x"; }
            public java.util.Optional<String> parent() { return java.util.Optional.of("0001_y"); }
            public String description() { return "x"; }
            public List<OnlineStep> upgradeSteps() {
                return List.of(Online.addNotNullCheck(ORDERS, REGION), Online.createIndexConcurrently(Online.index("i", ORDERS, REGION)));
            }
        };
        assertThat(revision.transactional()).isFalse();
        assertThat(sql(revision.downgrade())).containsExactly("drop index concurrently if exists \"i\"",
                "alter table \"orders\" drop constraint if exists \"orders_region_not_null\"");
    }

    private static List<String> sql(List<? extends Query> queries) {
        return queries.stream().map(SqlRenderer::render).toList();
    }
}
