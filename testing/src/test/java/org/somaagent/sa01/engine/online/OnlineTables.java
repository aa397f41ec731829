package org.somaagent.sa01.engine.online;

import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.testing.TestRevision;

/** The tables the online ITs migrate, declared as a snapshot declares them, and the revision that creates and fills them. */
final class OnlineTables {

    static final Table<?> CUSTOMERS = DSL.table(DSL.name("customers"));
    static final Field<Long> CUSTOMERS_ID = DSL.field(DSL.name("customers", "id"), SQLDataType.BIGINT);
    static final Table<?> ORDERS = DSL.table(DSL.name("orders"));
    static final Field<Long> ID = DSL.field(DSL.name("orders", "id"), SQLDataType.BIGINT);
    static final Field<Long> CUSTOMER_ID = DSL.field(DSL.name("orders", "customer_id"), SQLDataType.BIGINT);
    static final Field<Integer> CODE = DSL.field(DSL.name("orders", "code"), SQLDataType.INTEGER);
    static final Field<Integer> REGION = DSL.field(DSL.name("orders", "region"), SQLDataType.INTEGER);
    static final Field<Integer> PRIORITY = DSL.field(DSL.name("orders", "priority"), SQLDataType.INTEGER);

    private OnlineTables() {}

    /** 10 customers and {@code rows} orders; {@code code} repeats every {@code codes} rows (a unique index on it fails below {@code rows}). */
    static TestRevision create(int rows, int codes) {
        return TestRevision.of("0001_orders", null, dsl -> List.of(
                DSL.createTable(CUSTOMERS).column(CUSTOMERS_ID.getUnqualifiedName(), SQLDataType.BIGINT.notNull()).primaryKey(CUSTOMERS_ID.getUnqualifiedName()),
                DSL.createTable(ORDERS).column(ID.getUnqualifiedName(), SQLDataType.BIGINT.notNull()).column(CUSTOMER_ID.getUnqualifiedName(), SQLDataType.BIGINT)
                        .column(CODE.getUnqualifiedName(), SQLDataType.INTEGER).primaryKey(ID.getUnqualifiedName()),
                DSL.query("insert into customers (id) select g from generate_series(1, 10) g"),
                DSL.query("insert into orders (id, customer_id, code) select g, g % 10 + 1, g % " + codes + " from generate_series(1, " + rows + ") g")),
                dsl -> List.of(DSL.dropTable(ORDERS), DSL.dropTable(CUSTOMERS)));
    }
}
