package org.somaagent.sa01.tooling.snapshots;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.somaagent.sa01.tooling.snapshots.ColumnTypes.JavaColumnType;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.ColumnDef;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.EnumDef;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.TableDef;
import org.somaagent.sa01.tooling.source.JavaNames;
import org.somaagent.sa01.tooling.source.Template;

/**
 * Renders a {@link SnapshotModel} into the Java source of one snapshot package: a {@code Snapshot}
 * class nesting one class per table and one Java enum per enum type, plus their constants. Pure and
 * deterministic: same model, same bytes (tables and enums sorted by name, columns in catalog order).
 *
 * <p>Generated code uses only jOOQ's documented extension API ({@code CustomTable},
 * {@code CustomRecord}, {@code EnumType}, {@code SQLDataType}, {@code DataType}, {@code DSL}) and no
 * schema, because snapshots are frozen forever and their rendered SQL is checksummed. The one
 * exception, {@code vector(n)}, goes through the project's {@code PgTypes}.
 */
public final class SnapshotRenderer {

    /** Simple names the generated files use unqualified; a table or enum class must not shadow them. */
    private static final Set<String> RESERVED = Set.of(
            "Snapshot", "Rec", "PgTypes", "String", "Integer", "Long", "Short", "Boolean",
            "Float", "Double", "Object", "Class", "Override", "UUID", "LocalDate", "LocalDateTime",
            "OffsetDateTime", "BigDecimal", "JSON", "JSONB", "PGvector", "PgVectorBinding", "TableField",
            "CustomTable", "CustomRecord", "SQLDataType", "DSL", "DataType", "EnumType", "Schema", "Type",
            "Table", "List");

    private static final Template SNAPSHOT = new Template("""
            package {{package}};

            {{imports}}

            /**
             * The schema after this revision: one nested class per table, one Java enum per enum type.
             * Generated, then frozen: do not edit. Use with {@code import static {{package}}.Snapshot.*}.
             * No name carries a schema: it is chosen at run time and rendered SQL is checksummed.
             */
            public final class Snapshot {

            {{constants}}
                public static final List<Table<?>> TABLES = List.of({{tableList}});
                public static final List<Type<?>> TYPES = List.of({{typeList}});

                private Snapshot() {}
            {{tables}}{{enums}}}
            """);

    private static final Template TABLE = new Template("""

                public static final class {{class}} extends CustomTable<{{class}}.Rec> {
            {{fields}}
                    private {{class}}() { super(DSL.name({{sqlLiteral}})); }
                    @Override public Class<Rec> getRecordType() { return Rec.class; }
                    public static final class Rec extends CustomRecord<Rec> { public Rec() { super({{constant}}); } }
                }
            """);

    private static final Template ENUM = new Template("""

                public enum {{class}} implements EnumType {
            {{labels}};
                    private final String literal;
                    {{class}}(String literal) { this.literal = literal; }
                    @Override public String getLiteral() { return literal; }
                    @Override public String getName() { return {{sqlLiteral}}; }
                    @Override public Schema getSchema() { return null; }
                }
            """);

    private static final String INDENT = "    ";

    /** @return relative path ({@code org/x/r0001/Snapshot.java}) to source, sorted by path */
    public SortedMap<String, String> render(SnapshotModel model, String packageName) {
        List<EnumDef> enums = sorted(model.enums(), EnumDef::name);
        List<TableDef> tables = sorted(model.tables(), TableDef::name);
        checkUniqueClassNames(enums, tables);

        Map<String, String> enumClasses = new LinkedHashMap<>();
        enums.forEach(e -> enumClasses.put(e.name(), JavaNames.type(e.name())));
        ColumnTypes types = new ColumnTypes(enumClasses);

        // One file per snapshot: package, imports and class boilerplate are paid once, not per table.
        Set<String> imports = new TreeSet<>(Set.of("java.util.List", "org.jooq.Table", "org.jooq.Type"));
        StringBuilder constants = new StringBuilder();
        StringBuilder tableClasses = new StringBuilder();
        for (TableDef t : tables) {
            String cls = JavaNames.type(t.name());
            constants.append(INDENT).append("public static final ").append(cls).append(' ')
                    .append(JavaNames.constant(t.name())).append(" = new ").append(cls).append("();\n");
            tableClasses.append(renderTable(t, types, imports));
        }
        StringBuilder enumClassesSource = new StringBuilder();
        for (EnumDef e : enums) {
            // A Type for DSL.alterType(..); its data type is the one the enum's columns use.
            imports.addAll(List.of("org.jooq.EnumType", "org.jooq.Schema", "org.jooq.impl.DSL", ColumnTypes.SQL_DATA_TYPE));
            String cls = JavaNames.type(e.name());
            constants.append(INDENT).append("public static final Type<").append(cls).append("> ")
                    .append(JavaNames.constant(e.name())).append(" = DSL.type(DSL.name(")
                    .append(JavaNames.literal(e.name())).append("), SQLDataType.VARCHAR.asEnumDataType(")
                    .append(cls).append(".class));\n");
            enumClassesSource.append(renderEnum(e));
        }
        String source = SNAPSHOT.fill(Map.of(
                "package", packageName,
                "imports", imports.stream().map(i -> "import " + i + ";").collect(joining("\n")),
                "constants", constants.toString(),
                "tableList", tables.stream().map(t -> JavaNames.constant(t.name())).collect(joining(", ")),
                "typeList", enums.stream().map(e -> JavaNames.constant(e.name())).collect(joining(", ")),
                "tables", tableClasses.toString(),
                "enums", enumClassesSource.toString()));
        return Collections.unmodifiableSortedMap(new TreeMap<>(
                Map.of(packageName.replace('.', '/') + "/Snapshot.java", source)));
    }

    private static String renderTable(TableDef table, ColumnTypes types, Set<String> imports) {
        imports.addAll(List.of("org.jooq.TableField", "org.jooq.impl.CustomRecord", "org.jooq.impl.CustomTable",
                "org.jooq.impl.DSL"));
        Set<String> fieldNames = new HashSet<>();
        StringBuilder fields = new StringBuilder();
        for (ColumnDef column : table.columns()) {
            JavaColumnType type = column.notNull() ? types.map(column.type()).notNull() : types.map(column.type());
            String field = JavaNames.constant(column.name());
            if (!fieldNames.add(field)) {
                throw new IllegalArgumentException("column " + table.name() + "." + column.name()
                        + " maps to Java field " + field + ", which is taken");
            }
            imports.addAll(type.imports());
            fields.append(INDENT).append(INDENT).append("public final TableField<Rec, ").append(type.javaType())
                    .append("> ").append(field).append(" = createField(DSL.name(")
                    .append(JavaNames.literal(column.name())).append("), ").append(type.dataType()).append(");\n");
        }
        return TABLE.fill(Map.of(
                "sqlLiteral", JavaNames.literal(table.name()),
                "class", JavaNames.type(table.name()),
                "constant", JavaNames.constant(table.name()),
                "fields", fields.toString()));
    }

    private static String renderEnum(EnumDef e) {
        Set<String> constants = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (String label : e.labels()) {
            String constant = JavaNames.constant(label);
            if (!constants.add(constant)) {
                throw new IllegalArgumentException("enum " + e.name() + " label " + JavaNames.literal(label)
                        + " maps to Java constant " + constant + ", which is taken");
            }
            labels.add(INDENT + INDENT + constant + "(" + JavaNames.literal(label) + ")");
        }
        return ENUM.fill(Map.of(
                "sqlLiteral", JavaNames.literal(e.name()),
                "class", JavaNames.type(e.name()),
                "labels", String.join(",\n", labels)));
    }

    /** Table and enum classes are siblings in {@code Snapshot}, and so are their constants. */
    private static void checkUniqueClassNames(List<EnumDef> enums, List<TableDef> tables) {
        Set<String> classes = new HashSet<>();
        List<String> sqlNames = new ArrayList<>();
        enums.forEach(e -> sqlNames.add(e.name()));
        tables.forEach(t -> sqlNames.add(t.name()));
        for (String sqlName : sqlNames) {
            String cls = JavaNames.type(sqlName);
            if (RESERVED.contains(cls) || !classes.add(cls)) {
                throw new IllegalArgumentException(JavaNames.literal(sqlName) + " maps to Java class " + cls
                        + ", which is reserved or taken");
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
