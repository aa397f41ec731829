package org.somaagent.sa01.schema.baseline;

import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.model.ColumnDefault;

/** Short helpers the baseline declarations share: named fields and typed literals. */
final class Columns {

    private Columns() {}

    static Field<Object> col(String name) {
        return DSL.field(DSL.name(name));
    }

    static Field<BigDecimal> decimal(String literal) {
        return ColumnDefault.decimalLiteral(literal);
    }

    static Field<JSONB> json(String json) {
        return DSL.inline(JSONB.valueOf(json));
    }

    static Field<String[]> textArray(String... values) {
        return DSL.inline(values, SQLDataType.CLOB.array());
    }
}
