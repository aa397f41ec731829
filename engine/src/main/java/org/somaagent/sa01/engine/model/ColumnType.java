package org.somaagent.sa01.engine.model;

import org.jooq.DataType;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.types.PgTypes;

/**
 * A column type: the jOOQ type that renders the DDL, and the name PostgreSQL's
 * {@code format_type()} reports for it, which adoption and drift checks compare against.
 */
public record ColumnType(DataType<?> ddl, String catalogName, boolean serial) {

    public static final ColumnType TEXT = of(SQLDataType.CLOB, "text");
    public static final ColumnType TEXT_ARRAY = of(SQLDataType.CLOB.array(), "text[]");
    public static final ColumnType JSONB = of(SQLDataType.JSONB, "jsonb");
    public static final ColumnType UUID = of(SQLDataType.UUID, "uuid");
    public static final ColumnType BYTEA = of(SQLDataType.BLOB, "bytea");
    public static final ColumnType REAL = of(SQLDataType.REAL, "real");
    public static final ColumnType INTEGER = of(SQLDataType.INTEGER, "integer");
    public static final ColumnType BIGINT = of(SQLDataType.BIGINT, "bigint");
    public static final ColumnType BOOLEAN = of(SQLDataType.BOOLEAN, "boolean");
    public static final ColumnType TIMESTAMPTZ = of(SQLDataType.TIMESTAMPWITHTIMEZONE, "timestamp with time zone");
    /** {@code bigserial}: a bigint whose default is its owned sequence's nextval. */
    public static final ColumnType BIGSERIAL = new ColumnType(PgTypes.named("bigserial", Long.class), "bigint", true);

    public static ColumnType of(DataType<?> ddl, String catalogName) {
        return new ColumnType(ddl, catalogName, false);
    }

    public static ColumnType varchar(int length) {
        return of(SQLDataType.VARCHAR(length), "character varying(" + length + ")");
    }

    public static ColumnType vector(int dimensions) {
        return of(PgTypes.vector(dimensions), "vector(" + dimensions + ")");
    }

    public static ColumnType enumType(EnumDef type) {
        return of(PgTypes.named(type.name(), String.class), type.name());
    }
}
