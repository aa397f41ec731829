package org.somaagent.sa01.engine.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A column default: the jOOQ expression that renders it, and the text PostgreSQL's
 * {@code pg_get_expr()} shows for it once stored, which adoption and drift checks compare against.
 */
public record ColumnDefault(Field<?> ddl, String catalogText) {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public static ColumnDefault now() {
        return new ColumnDefault(DSL.function("now", SQLDataType.TIMESTAMPWITHTIMEZONE), "now()");
    }

    public static ColumnDefault genRandomUuid() {
        return new ColumnDefault(DSL.function("gen_random_uuid", SQLDataType.UUID), "gen_random_uuid()");
    }

    public static ColumnDefault jsonb(String json) {
        return new ColumnDefault(DSL.inline(json).cast(SQLDataType.JSONB), quote(json) + "::jsonb");
    }

    public static ColumnDefault text(String value) {
        return new ColumnDefault(DSL.inline(value), quote(value) + "::text");
    }

    /** An array literal, e.g. {@code {"standard"}}; PostgreSQL stores it in canonical form. */
    public static ColumnDefault textArray(String literal, String canonicalLiteral) {
        return new ColumnDefault(DSL.inline(literal).cast(SQLDataType.CLOB.array()), quote(canonicalLiteral) + "::text[]");
    }

    public static ColumnDefault bool(boolean value) {
        return new ColumnDefault(DSL.inline(value), Boolean.toString(value));
    }

    public static ColumnDefault integer(int value) {
        return new ColumnDefault(DSL.inline(value), Integer.toString(value));
    }

    /** A decimal literal such as {@code 0.0}, kept as written (a float would render as 0E0). */
    public static ColumnDefault decimal(String literal) {
        return new ColumnDefault(decimalLiteral(literal), literal);
    }

    /**
     * A NUMERIC literal rendered exactly as written, checked to be one. Not through
     * {@code new BigDecimal}: JDK 25's BigDecimal static initializer computes 5^65536, about 15 ms
     * of every cold run (docs/benchmarks.md), and the literal only needs to be printed.
     */
    public static Field<BigDecimal> decimalLiteral(String literal) {
        if (!DECIMAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("not a decimal literal: " + literal);
        }
        return DSL.field(literal, SQLDataType.NUMERIC);
    }


    public static ColumnDefault enumLabel(EnumDef type, String label) {
        if (!type.labels().contains(label)) {
            throw new IllegalArgumentException(type.name() + " has no label " + label);
        }
        return new ColumnDefault(DSL.inline(label).cast(ColumnType.enumType(type).ddl()), quote(label) + "::" + type.name());
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
