package org.somaagent.sa01.tooling.autogen;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/** Java expressions for the pieces of a revision: literals, column types, constraints. */
final class JavaSource {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern VECTOR = Pattern.compile("vector\\((\\d+)\\)");

    private JavaSource() {}

    static String literal(String s) {
        if (s == null) {
            return "null";
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    static String literals(List<String> values) {
        return values.stream().map(JavaSource::literal).collect(Collectors.joining(", "));
    }

    /** The jOOQ data type for a type name as format_type() prints it. */
    static String dataType(String catalogName, boolean serial) {
        if (serial) {
            return "PgTypes.named(\"bigserial\", Long.class)";
        }
        Matcher varchar = VARCHAR.matcher(catalogName);
        if (varchar.matches()) {
            return "SQLDataType.VARCHAR(" + varchar.group(1) + ")";
        }
        Matcher vector = VECTOR.matcher(catalogName);
        if (vector.matches()) {
            return "PgTypes.vector(" + vector.group(1) + ")";
        }
        return switch (catalogName) {
            case "text" -> "SQLDataType.CLOB";
            case "text[]" -> "SQLDataType.CLOB.array()";
            case "jsonb" -> "SQLDataType.JSONB";
            case "uuid" -> "SQLDataType.UUID";
            case "bytea" -> "SQLDataType.BLOB";
            case "real" -> "SQLDataType.REAL";
            case "double precision" -> "SQLDataType.DOUBLE";
            case "integer" -> "SQLDataType.INTEGER";
            case "smallint" -> "SQLDataType.SMALLINT";
            case "bigint" -> "SQLDataType.BIGINT";
            case "boolean" -> "SQLDataType.BOOLEAN";
            case "timestamp with time zone" -> "SQLDataType.TIMESTAMPWITHTIMEZONE";
            case "timestamp without time zone" -> "SQLDataType.TIMESTAMP";
            case "date" -> "SQLDataType.DATE";
            default -> "PgTypes.named(" + literal(catalogName) + ", Object.class)";
        };
    }

    static String columnType(String catalogName, boolean serial, boolean nullable, String defaultSql) {
        return "Ddl.type(" + dataType(catalogName, serial) + ", " + nullable + ", " + literal(serial ? null : defaultSql) + ")";
    }

    /** A model column: its default as the model renders it, so the statement is the one the model would run. */
    static String columnType(Column column) {
        return columnType(column.type().catalogName(), column.type().serial(), column.nullable(),
                column.defaultValue().map(d -> SqlRenderer.render(d.ddl())).orElse(null));
    }

    /**
     * A condition as plain SQL, kept verbatim: through a boolean field, since {@code DSL.condition(SQL)}
     * would wrap it in another pair of parentheses and the statement's text (its checksum) would move.
     */
    static String condition(String sql) {
        return "DSL.condition(DSL.field(DSL.raw(" + literal(sql) + "), SQLDataType.BOOLEAN))";
    }

    static String constraint(Constraint constraint, String conditionSql) {
        String named = "DSL.constraint(" + literal(constraint.name()) + ")";
        return switch (constraint) {
            case Constraint.PrimaryKey pk -> named + ".primaryKey(" + literals(pk.columns()) + ")";
            case Constraint.Unique u -> named + ".unique(" + literals(u.columns()) + ")";
            case Constraint.Check c -> named + ".check(" + condition(conditionSql) + ")";
            case Constraint.ForeignKey fk -> named + ".foreignKey(" + literals(fk.columns()) + ").references("
                    + literal(fk.referencedTable()) + ", " + literals(fk.referencedColumns()) + ")" + switch (fk.onDelete()) {
                        case NO_ACTION -> "";
                        case CASCADE -> ".onDeleteCascade()";
                        case SET_NULL -> ".onDeleteSetNull()";
                    };
        };
    }

    /** A statement that jOOQ's DSL cannot express, or SQL read back from the catalog, as plain SQL. */
    static String raw(String sql) {
        return "DSL.query(DSL.raw(" + literal(sql) + "))";
    }

    /** An inline value of a seed row, rendered back as the Java that builds the same literal. */
    static String value(Field<?> field) {
        if (!(field instanceof Param<?> param) || !param.isInline()) {
            throw new IllegalArgumentException("seed value " + field + " is not an inline value: write it by hand");
        }
        Object v = param.getValue();
        return switch (v) {
            case null -> "DSL.inline((Object) null)";
            case String s -> "DSL.inline(" + literal(s) + ")";
            case Boolean b -> "DSL.inline(" + b + ")";
            case Integer i -> "DSL.inline(" + i + ")";
            case Long l -> "DSL.inline(" + l + "L)";
            case java.util.UUID u -> "DSL.inline(java.util.UUID.fromString(" + literal(u.toString()) + "))";
            case java.math.BigDecimal d -> "DSL.inline(new java.math.BigDecimal(" + literal(d.toPlainString()) + "))";
            case JSONB j -> "DSL.inline(JSONB.valueOf(" + literal(j.data()) + "))";
            case String[] a -> "DSL.inline(new String[] {" + literals(List.of(a)) + "}, SQLDataType.CLOB.array())";
            default -> throw new IllegalArgumentException("seed value of type " + v.getClass().getName() + " has no Java form here: write it by hand");
        };
    }
}
