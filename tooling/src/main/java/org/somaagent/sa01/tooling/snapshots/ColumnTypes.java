package org.somaagent.sa01.tooling.snapshots;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a catalog type, as {@code format_type()} prints it, to the Java type and the jOOQ
 * {@code DataType} expression a snapshot declares. Only {@code SQLDataType} constants and
 * {@code DataType} methods are emitted, so frozen snapshots survive jOOQ upgrades.
 */
final class ColumnTypes {

    /** What one column type becomes in Java: generic type, DataType expression, imports. */
    record JavaColumnType(String javaType, String dataType, Set<String> imports) {

        JavaColumnType array() {
            return new JavaColumnType(javaType + "[]", dataType + ".array()", imports);
        }

        JavaColumnType notNull() {
            return new JavaColumnType(javaType, dataType + ".notNull()", imports);
        }
    }

    static final String SQL_DATA_TYPE = "org.jooq.impl.SQLDataType";

    private static final Map<String, JavaColumnType> FIXED = Map.ofEntries(
            fixed("uuid", "java.util.UUID", "UUID"),
            fixed("text", "String", "CLOB"),  // CLOB is what renders "text" on PostgreSQL
            fixed("integer", "Integer", "INTEGER"),
            fixed("bigint", "Long", "BIGINT"),
            fixed("smallint", "Short", "SMALLINT"),
            fixed("boolean", "Boolean", "BOOLEAN"),
            fixed("real", "Float", "REAL"),
            fixed("double precision", "Double", "DOUBLE"),
            fixed("date", "java.time.LocalDate", "LOCALDATE"),
            fixed("jsonb", "org.jooq.JSONB", "JSONB"),
            fixed("json", "org.jooq.JSON", "JSON"),
            fixed("bytea", "byte[]", "BLOB"));  // BLOB renders "bytea"

    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+),(\\d+)\\))?");
    private static final Pattern TIMESTAMP =
            Pattern.compile("timestamp(?:\\((\\d)\\))? (with|without) time zone");
    private static final Pattern VECTOR = Pattern.compile("vector\\((\\d+)\\)");

    static final String PG_TYPES = "org.somaagent.sa01.engine.types.PgTypes";

    private final Map<String, String> enumClasses;

    /** @param enumClasses enum type name to the snapshot's Java enum class (same package) */
    ColumnTypes(Map<String, String> enumClasses) {
        this.enumClasses = Map.copyOf(enumClasses);
    }

    JavaColumnType map(String catalogType) {
        if (catalogType.endsWith("[]")) {
            return map(catalogType.substring(0, catalogType.length() - 2)).array();
        }
        JavaColumnType fixed = FIXED.get(catalogType);
        if (fixed != null) {
            return fixed;
        }
        String enumClass = enumClasses.get(catalogType);
        if (enumClass != null) {
            // asEnumDataType renders the EnumType's name: the enum type, unqualified
            return new JavaColumnType(enumClass,
                    "SQLDataType.VARCHAR.asEnumDataType(" + enumClass + ".class)", Set.of(SQL_DATA_TYPE));
        }
        Matcher m;
        if ((m = VARCHAR.matcher(catalogType)).matches()) {
            return sqlDataType("String", m.group(1) == null ? "VARCHAR" : "VARCHAR(" + m.group(1) + ")");
        }
        if ((m = NUMERIC.matcher(catalogType)).matches()) {
            return sqlDataType("java.math.BigDecimal",
                    m.group(1) == null ? "NUMERIC" : "NUMERIC(" + m.group(1) + ", " + m.group(2) + ")");
        }
        if ((m = TIMESTAMP.matcher(catalogType)).matches()) {
            boolean tz = m.group(2).equals("with");
            String base = tz ? "TIMESTAMPWITHTIMEZONE" : "LOCALDATETIME";
            return sqlDataType(tz ? "java.time.OffsetDateTime" : "java.time.LocalDateTime",
                    m.group(1) == null ? base : base + "(" + m.group(1) + ")");
        }
        if ((m = VECTOR.matcher(catalogType)).matches()) {
            // Project-owned factory, see PgTypes: no stable jOOQ API renders "vector(n)" and keeps the binding.
            return new JavaColumnType("PGvector", "PgTypes.vector(" + m.group(1) + ")",
                    Set.of("com.pgvector.PGvector", PG_TYPES));
        }
        // Failing beats guessing: a wrong type would be frozen into every later revision.
        throw new IllegalArgumentException("no snapshot mapping for catalog type " + catalogType);
    }

    private static Map.Entry<String, JavaColumnType> fixed(String catalogType, String javaType, String constant) {
        return Map.entry(catalogType, sqlDataType(javaType, constant));
    }

    private static JavaColumnType sqlDataType(String javaType, String constant) {
        Set<String> imports = new TreeSet<>(Set.of(SQL_DATA_TYPE));
        String simple = javaType;
        int dot = javaType.lastIndexOf('.');
        if (dot >= 0) {
            imports.add(javaType);
            simple = javaType.substring(dot + 1);
        }
        return new JavaColumnType(simple, "SQLDataType." + constant, Set.copyOf(imports));
    }
}
