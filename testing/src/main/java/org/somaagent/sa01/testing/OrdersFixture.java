package org.somaagent.sa01.testing;

import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.online.Online;
import org.somaagent.sa01.engine.online.OnlineRevision;

/**
 * A busy table for the online helpers' tests and {@code make bench-online}: {@code customers} and
 * {@code orders}, declared as a snapshot declares its tables, and the first revision that creates
 * and fills them. {@code region} exists from the start, empty in the rows this revision inserts:
 * what a backfill fills.
 */
public final class OrdersFixture {

    public static final Table<?> CUSTOMERS = DSL.table(DSL.name("customers"));
    public static final Field<Long> CUSTOMERS_ID = DSL.field(DSL.name("customers", "id"), SQLDataType.BIGINT);
    public static final Table<?> ORDERS = DSL.table(DSL.name("orders"));
    public static final Field<Long> ID = DSL.field(DSL.name("orders", "id"), SQLDataType.BIGINT);
    public static final Field<Long> CUSTOMER_ID = DSL.field(DSL.name("orders", "customer_id"), SQLDataType.BIGINT);
    public static final Field<Integer> AMOUNT = DSL.field(DSL.name("orders", "amount"), SQLDataType.INTEGER);
    public static final Field<Integer> CODE = DSL.field(DSL.name("orders", "code"), SQLDataType.INTEGER);
    public static final Field<Integer> REGION = DSL.field(DSL.name("orders", "region"), SQLDataType.INTEGER);
    /** Added by the revisions under test, not by {@link #create}. */
    public static final Field<Integer> PRIORITY = DSL.field(DSL.name("orders", "priority"), SQLDataType.INTEGER);
    public static final String FIRST = "0001_orders";

    private OrdersFixture() {}

    /**
     * Revision 0001_orders: customers 1..{@code customers}; {@code rows} orders (ids from an identity)
     * with customer_id {@code g % customers + 1}, amount {@code g % 100} and code {@code g % codes}
     * (a unique index on code fails when {@code codes < rows}).
     */
    public static OnlineRevision create(int rows, int customers, int codes) {
        return OnlineRevision.of(FIRST, null, "customers and " + rows + " orders", Online.statements(List.of(
                        DSL.createTable(CUSTOMERS).column(CUSTOMERS_ID.getUnqualifiedName(), SQLDataType.BIGINT.notNull())
                                .primaryKey(CUSTOMERS_ID.getUnqualifiedName()),
                        DSL.createTable(ORDERS).column(ID.getUnqualifiedName(), SQLDataType.BIGINT.identity(true))
                                .column(CUSTOMER_ID.getUnqualifiedName(), SQLDataType.BIGINT.notNull())
                                .column(AMOUNT.getUnqualifiedName(), SQLDataType.INTEGER.notNull())
                                .column(CODE.getUnqualifiedName(), SQLDataType.INTEGER)
                                .column(REGION.getUnqualifiedName(), SQLDataType.INTEGER)
                                .primaryKey(ID.getUnqualifiedName()),
                        DSL.query("insert into customers (id) select g from generate_series(1, " + customers + ") g"),
                        DSL.query("insert into orders (customer_id, amount, code) select g % " + customers + " + 1, g % 100, g % " + codes
                                + " from generate_series(1, " + rows + ") g")),
                List.of(DSL.dropTable(ORDERS), DSL.dropTable(CUSTOMERS))));
    }
}
