package org.somaagent.sa01.tooling.autogen;

import static org.somaagent.sa01.tooling.autogen.Code.atom;
import static org.somaagent.sa01.tooling.autogen.Code.dsl;
import static org.somaagent.sa01.tooling.autogen.Code.string;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/** Java expressions (as {@link Code}) for the pieces of a revision: literals, column types, conditions, values. */
final class JavaSource {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern VECTOR = Pattern.compile("vector\\((\\d+)\\)");
    private static final Code SQL_DATA_TYPE = atom("SQLDataType");
    private static final Code PG_TYPES = atom("PgTypes");

    private JavaSource() {}

    static String literal(String s) {
        if (s == null) {
            return "null";
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    /**
     * A fresh jOOQ data type (never a snapshot field's, which carries NOT NULL) for a type name as
     * format_type() prints it.
     */
    static Code dataType(String catalogName, boolean serial) {
        if (serial) {
            return PG_TYPES.call("named", string("bigserial"), atom("Long.class"));
        }
        Matcher varchar = VARCHAR.matcher(catalogName);
        if (varchar.matches()) {
            return SQL_DATA_TYPE.call("VARCHAR", atom(varchar.group(1)));
        }
        Matcher vector = VECTOR.matcher(catalogName);
        if (vector.matches()) {
            return PG_TYPES.call("vector", atom(vector.group(1)));
        }
        return switch (catalogName) {
            case "text" -> atom("SQLDataType.CLOB");
            case "text[]" -> atom("SQLDataType.CLOB").call("array");
            case "jsonb" -> atom("SQLDataType.JSONB");
            case "uuid" -> atom("SQLDataType.UUID");
            case "bytea" -> atom("SQLDataType.BLOB");
            case "real" -> atom("SQLDataType.REAL");
            case "double precision" -> atom("SQLDataType.DOUBLE");
            case "integer" -> atom("SQLDataType.INTEGER");
            case "smallint" -> atom("SQLDataType.SMALLINT");
            case "bigint" -> atom("SQLDataType.BIGINT");
            case "boolean" -> atom("SQLDataType.BOOLEAN");
            case "timestamp with time zone" -> atom("SQLDataType.TIMESTAMPWITHTIMEZONE");
            case "timestamp without time zone" -> atom("SQLDataType.TIMESTAMP");
            case "date" -> atom("SQLDataType.DATE");
            default -> PG_TYPES.call("named", string(catalogName), atom("Object.class"));
        };
    }

    /** {@code Ddl.type(type, nullable, default)}: a column's type with its nullability and default (plain SQL). */
    static Code columnType(Code type, boolean nullable, String defaultSql) {
        return atom("Ddl").call("type", type, atom(Boolean.toString(nullable)), string(defaultSql));
    }

    static Code columnType(String catalogName, boolean serial, boolean nullable, String defaultSql) {
        return columnType(dataType(catalogName, serial), nullable, serial ? null : defaultSql);
    }

    /** A model column: its default as the model renders it, so the statement is the one the model would run. */
    static Code columnType(Column column) {
        return columnType(column.type().catalogName(), column.type().serial(), column.nullable(),
                column.defaultValue().map(d -> SqlRenderer.render(d.ddl())).orElse(null));
    }

    /** Plain SQL as a field of the given type: {@code DSL.field(DSL.raw(sql), type)}. */
    static Code rawField(String sql, Code type) {
        return dsl("field", dsl("raw", string(sql)), type);
    }

    /**
     * A condition as plain SQL, kept verbatim: through a boolean field, since {@code DSL.condition(SQL)}
     * would wrap it in another pair of parentheses and the statement's text (its checksum) would move.
     */
    static Code condition(String sql) {
        return dsl("condition", rawField(sql, atom("SQLDataType.BOOLEAN")));
    }

    /** A statement that jOOQ's DSL cannot express, or SQL read back from the catalog, as plain SQL. */
    static Code raw(String sql) {
        return dsl("query", dsl("raw", string(sql)));
    }

    /** An inline value of a seed row, rendered back as the Java that builds the same literal. */
    static Code value(Field<?> field) {
        if (!(field instanceof Param<?> param) || !param.isInline()) {
            throw new IllegalArgumentException("seed value " + field + " is not an inline value: write it by hand");
        }
        Object v = param.getValue();
        return switch (v) {
            case null -> dsl("inline", atom("(Object) null"));
            case String s -> dsl("inline", string(s));
            case Boolean b -> dsl("inline", atom(b.toString()));
            case Integer i -> dsl("inline", atom(i.toString()));
            case Long l -> dsl("inline", atom(l + "L"));
            case java.util.UUID u -> dsl("inline", atom("java.util.UUID").call("fromString", string(u.toString())));
            case java.math.BigDecimal d -> dsl("inline", new Code.Group("new java.math.BigDecimal(", List.of(string(d.toPlainString())), ")"));
            case JSONB j -> dsl("inline", atom("JSONB").call("valueOf", string(j.data())));
            case String[] a -> dsl("inline", new Code.Group("new String[] {", Code.strings(List.of(a)), "}"), atom("SQLDataType.CLOB").call("array"));
            default -> throw new IllegalArgumentException("seed value of type " + v.getClass().getName() + " has no Java form here: write it by hand");
        };
    }
}
