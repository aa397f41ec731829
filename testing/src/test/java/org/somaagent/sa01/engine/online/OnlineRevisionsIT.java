package org.somaagent.sa01.engine.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.somaagent.sa01.testing.OrdersFixture.CODE;
import static org.somaagent.sa01.testing.OrdersFixture.CUSTOMERS;
import static org.somaagent.sa01.testing.OrdersFixture.CUSTOMERS_ID;
import static org.somaagent.sa01.testing.OrdersFixture.CUSTOMER_ID;
import static org.somaagent.sa01.testing.OrdersFixture.ID;
import static org.somaagent.sa01.testing.OrdersFixture.ORDERS;
import static org.somaagent.sa01.testing.OrdersFixture.PRIORITY;
import static org.somaagent.sa01.testing.OrdersFixture.REGION;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.Constraint;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.OrdersFixture;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * The online helpers on the real server, through the facade: each up and down; a concurrent index
 * build that failed and left an invalid index is built again by the next run; a backfill whose
 * runner was killed mid-way resumes where it stopped and updates every row exactly once.
 */
@ExtendWith(FreshDatabase.class)
class OnlineRevisionsIT {

    static final Constraint FK = DSL.constraint("orders_customer_id_fkey").foreignKey(CUSTOMER_ID).references(CUSTOMERS, CUSTOMERS_ID);

    /** Every helper, one revision each, in the order a real change takes them. */
    public static final class Lifecycle implements RevisionSet {
        @Override
        public List<Revision> revisions() {
            return List.of(OrdersFixture.create(2000, 10, 2000),
                    OnlineRevision.of("0002_add_columns", "0001_orders", "priority, with a constant default",
                            Online.statements(List.of(DSL.alterTable(ORDERS).addColumn(PRIORITY, SQLDataType.INTEGER.notNull().defaultValue(DSL.inline(0)))),
                                    List.of(DSL.alterTable(ORDERS).dropColumn(PRIORITY)))),
                    OnlineRevision.of("0003_index", "0002_add_columns", "index", Online.createIndexConcurrently(Online.index("orders_customer_id_idx", ORDERS, CUSTOMER_ID))),
                    OnlineRevision.of("0004_fk", "0003_index", "fk", Online.addNotValid(ORDERS, FK)),
                    OnlineRevision.of("0005_validate_fk", "0004_fk", "validate fk", Online.validate(ORDERS, FK)),
                    OnlineRevision.of("0006_backfill", "0005_validate_fk", "backfill region",
                            Online.backfill(ORDERS, ID).set(REGION, CUSTOMER_ID.mod(10).cast(SQLDataType.INTEGER)).where(REGION.isNull()).batchSize(300)),
                    OnlineRevision.of("0007_region_check", "0006_backfill", "region check", Online.addNotNullCheck(ORDERS, REGION)),
                    OnlineRevision.of("0008_region_not_null", "0007_region_check", "region not null", Online.setNotNull(ORDERS, REGION)));
        }
    }

    @Test
    void eachHelperUpAndDown(TestDatabase db) {
        var migrator = db.migrator(Lifecycle.class);
        migrator.upgrade("head");
        assertThat(indexValid(db, "orders_customer_id_idx")).isEqualTo("true");
        assertThat(constraints(db)).containsExactly("orders_customer_id_fkey f validated", "orders_pkey p validated");
        assertThat(db.dsl().fetchValue("select count(*) from orders where region is distinct from customer_id % 10")).isEqualTo(0L);
        assertThat(db.dsl().fetchValue("select attnotnull from pg_attribute where attrelid = 'orders'::regclass and attname = 'region'")).isEqualTo(true);
        // What ran in autocommit is recorded as every revision is: the rendering --sql prints, and its checksum.
        for (Revision revision : new Lifecycle().revisions()) {
            assertThat(db.dsl().fetchValue("select sql from schema_version where revision_id = ?", revision.id())).isEqualTo(Rendering.of(revision).sql());
        }

        migrator.downgrade("0006_backfill", false);
        assertThat(db.dsl().fetchValue("select attnotnull from pg_attribute where attrelid = 'orders'::regclass and attname = 'region'")).isEqualTo(false);
        assertThat(constraints(db)).containsExactly("orders_customer_id_fkey f validated", "orders_pkey p validated");
        migrator.downgrade("0001_orders", false);
        assertThat(indexValid(db, "orders_customer_id_idx")).isNull();
        assertThat(constraints(db)).containsExactly("orders_pkey p validated");
        assertThat(db.dsl().fetchValue("select count(*) from pg_attribute where attrelid = 'orders'::regclass and attname = 'priority'")).isEqualTo(0L);
        assertThat(db.dsl().fetchValue("select count(*) from orders where region is not null")).isEqualTo(2000L); // a backfill is not undone

        migrator.upgrade("0007_region_check");
        assertThat(constraints(db)).containsExactly("orders_customer_id_fkey f validated", "orders_pkey p validated", "orders_region_not_null c not valid");
        assertThat(migrator.upgrade("head").steps()).hasSize(1);
        assertThat(constraints(db)).containsExactly("orders_customer_id_fkey f validated", "orders_pkey p validated");
    }

    /** A unique index built concurrently over duplicate codes: the build fails and leaves the index invalid. */
    public static final class DuplicateCodes implements RevisionSet {
        @Override
        public List<Revision> revisions() {
            return List.of(OrdersFixture.create(200, 10, 150),
                    OnlineRevision.of("0002_unique_code", "0001_orders", "unique code", Online.createIndexConcurrently(Online.uniqueIndex("orders_code_key", ORDERS, CODE))));
        }
    }

    @Test
    void anInvalidIndexLeftByAFailedBuildIsBuiltAgain(TestDatabase db) {
        var migrator = db.migrator(DuplicateCodes.class);
        assertThatThrownBy(() -> migrator.upgrade("head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision 0002_unique_code failed (it is not transactional: the statements before the failing one stay applied)")
                .hasMessageContaining("could not create unique index")
                .hasMessageContaining("the database is left at revision 0001_orders; rerun to resume it");
        assertThat(indexValid(db, "orders_code_key")).isEqualTo("false");

        db.execute("update orders set code = id");
        assertThat(migrator.upgrade("head").steps()).hasSize(1);
        assertThat(indexValid(db, "orders_code_key")).isEqualTo("true");
        assertThat(migrator.current().orElseThrow().revisionId()).isEqualTo("0002_unique_code");
    }

    /** 3000 rows in batches of 500; a trigger makes each batch last about half a second and logs every update. */
    public static final class SlowBackfill implements RevisionSet {
        @Override
        public List<Revision> revisions() {
            return List.of(OrdersFixture.create(3000, 10, 3000),
                    OnlineRevision.of("0002_backfill", "0001_orders", "backfill", Online.backfill(ORDERS, ID).set(REGION, 7).where(REGION.isNull()).batchSize(500)));
        }
    }

    @Test
    void aBackfillKilledMidwayResumesAndUpdatesEveryRowOnce(TestDatabase db) throws Exception {
        var migrator = db.migrator(SlowBackfill.class);
        migrator.upgrade("0001_orders");
        db.execute("""
                create table updates (id bigint not null);
                create function log_update() returns trigger language plpgsql as $$
                begin perform pg_sleep(0.001); insert into updates values (new.id); return new; end $$;
                create trigger log_update before update on orders for each row execute function log_update();""");

        CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> killRunnerAfterFirstBatch(db));
        assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade of revision 0002_backfill failed (it is not transactional");
        killer.get(30, TimeUnit.SECONDS);
        long done = (Long) db.dsl().fetchValue("select count(*) from orders where region is not null");
        assertThat(done).isBetween(500L, 2500L);
        assertThat(migrator.current().orElseThrow().revisionId()).isEqualTo("0001_orders");

        migrator.upgrade("head");
        assertThat(db.dsl().fetchValue("select count(*) from orders where region is null")).isEqualTo(0L);
        assertThat(db.dsl().fetchOne("select count(*), count(distinct id) from updates").intoList()).containsExactly(3000L, 3000L);
    }

    @Test
    void rowsThatBecomePendingBehindTheWalkAreSweptUp(TestDatabase db) {
        var migrator = db.migrator(SlowBackfill.class);
        migrator.upgrade("0001_orders");
        // As an application writing meanwhile would: once the walk is at key 2500, row 1 (done in batch 1) is pending again.
        db.execute("""
                create table reopened (at bigint not null);
                create function reopen() returns trigger language plpgsql as $$
                begin
                  if new.id = 2500 and not exists (select from reopened) then
                    insert into reopened values (new.id);
                    update orders set region = null where id = 1;
                  end if;
                  return null;
                end $$;
                create trigger reopen after update on orders for each row execute function reopen();""");

        migrator.upgrade("head");
        assertThat(db.dsl().fetchValue("select count(*) from reopened")).isEqualTo(1L);
        assertThat(db.dsl().fetchValue("select count(*) from orders where region is null")).isEqualTo(0L);
    }

    /** Once a batch has committed, terminates the runner's backend in the middle of the next, as a killed runner leaves it. */
    private static void killRunnerAfterFirstBatch(TestDatabase db) {
        try (var watcher = Connections.open(db.dsn(), Duration.ofSeconds(10))) {
            var dsl = DSL.using(watcher);
            while ((Long) dsl.fetchValue("select count(*) from orders where region is not null") < 500) {
                Thread.sleep(20);
            }
            Thread.sleep(100);
            dsl.fetch("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like '%update \"orders\"%' and pid <> pg_backend_pid()");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String indexValid(TestDatabase db, String index) {
        Object valid = db.dsl().fetchValue("select indisvalid from pg_index where indexrelid = to_regclass(?)", index);
        return valid == null ? null : valid.toString();
    }

    private static List<String> constraints(TestDatabase db) {
        return db.dsl().fetch("select conname || ' ' || contype::text || ' ' || case when convalidated then 'validated' else 'not valid' end from pg_constraint "
                + "where conrelid = 'orders'::regclass order by conname").getValues(0, String.class);
    }
}
