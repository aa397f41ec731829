package org.somaagent.sa01.tooling.autogen;

import static org.somaagent.sa01.tooling.autogen.Code.atom;
import static org.somaagent.sa01.tooling.autogen.Code.dsl;
import static org.somaagent.sa01.tooling.autogen.Code.name;
import static org.somaagent.sa01.tooling.autogen.Code.string;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.tooling.snapshots.SnapshotGenerator;
import org.somaagent.sa01.tooling.source.JavaNames;

/**
 * How a revision refers to what it touches. An object that exists before it (in the parent's
 * snapshot) is named through that snapshot, with the snapshot renderer's Java names:
 * {@code PROMPTS}, {@code PROMPTS.NAME}, {@code ASSET_TYPE}. An object the revision creates, and
 * everything in a revision without a parent (0001, rendered from the baseline), is named by its SQL
 * name.
 */
final class Scope {

    /** {@code ...snapshots.r0001.Snapshot}, or empty: no snapshot to refer through. */
    private final Optional<String> snapshot;
    private final Set<String> createdTables = new HashSet<>();
    private final Set<String> createdTypes = new HashSet<>();
    private final Set<String> createdColumns = new HashSet<>();
    /** The model's tables: column types for foreign keys across tables. */
    private final Map<String, TableDef> modelTables;

    private Scope(Optional<String> snapshot, SchemaDef model, List<Difference> differences) {
        this.snapshot = snapshot;
        this.modelTables = model.objects().stream().filter(o -> o instanceof TableDef).map(o -> (TableDef) o)
                .collect(Collectors.toMap(TableDef::name, Function.identity(), (a, b) -> a));
        for (Difference d : differences) {
            switch (d) {
                case Difference.MissingObject m when m.object() instanceof TableDef t -> createdTables.add(t.name());
                case Difference.MissingObject m when m.object() instanceof EnumDef e -> createdTypes.add(e.name());
                case Difference.MissingColumn m -> createdColumns.add(m.table().name() + "." + m.column().name());
                default -> { }
            }
        }
    }

    /** A revision after {@code parent}: existing objects through the parent's snapshot. */
    static Scope after(Optional<String> parent, SchemaDef model, List<Difference> differences) {
        return new Scope(parent.map(p -> SnapshotGenerator.packageOf(p) + ".Snapshot"), model, differences);
    }

    /** The static import a revision needs, if any. */
    Optional<String> snapshotImport() {
        return snapshot.map(s -> "import static " + s + ".*;");
    }

    boolean typed(String table) {
        return snapshot.isPresent() && !createdTables.contains(table);
    }

    private boolean typed(String table, String column) {
        return typed(table) && !createdColumns.contains(table + "." + column);
    }

    /** For DSL methods with a String overload: {@code PROMPTS} or {@code "prompts"}. */
    Code table(String table) {
        return typed(table) ? atom(JavaNames.constant(table)) : string(table);
    }

    /** Where a Table is required: {@code PROMPTS} or {@code DSL.table(DSL.name("prompts"))}. */
    Code tableObject(String table) {
        return typed(table) ? atom(JavaNames.constant(table)) : dsl("table", name(table));
    }

    /** For DSL methods with a String overload: {@code PROMPTS.NAME} or {@code "name"}. */
    Code column(String table, String column) {
        return typed(table, column) ? field(table, column) : string(column);
    }

    /** Where a Field is required: {@code PROMPTS.NAME} or {@code DSL.field(DSL.name("name"))}. */
    Code columnField(String table, String column) {
        return typed(table, column) ? field(table, column) : dsl("field", name(column));
    }

    boolean typedColumn(String table, String column) {
        return typed(table, column);
    }

    /** {@code PROMPTS.NAME}: only for a column of the parent's snapshot. */
    static Code field(String table, String column) {
        return atom(JavaNames.constant(table) + "." + JavaNames.constant(column));
    }

    /** An enum type for {@code DSL.alterType}: {@code ASSET_TYPE} or {@code "asset_type"}. */
    Code type(String type) {
        return snapshot.isPresent() && !createdTypes.contains(type) ? atom(JavaNames.constant(type)) : string(type);
    }

    /**
     * Whether a foreign key can be built from snapshot fields: jOOQ types {@code foreignKey(A).references(T, B)}
     * by column, so the columns on both sides must have the same type (they may differ in PostgreSQL).
     */
    boolean typedForeignKey(String table, List<String> columns, String referencedTable, List<String> referencedColumns) {
        if (!typed(referencedTable) || columns.stream().anyMatch(c -> !typed(table, c))
                || referencedColumns.stream().anyMatch(c -> !typed(referencedTable, c))) {
            return false;
        }
        TableDef from = modelTables.get(table);
        TableDef to = modelTables.get(referencedTable);
        if (from == null || to == null) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            Optional<String> a = typeOf(from, columns.get(i));
            if (a.isEmpty() || !a.equals(typeOf(to, referencedColumns.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> typeOf(TableDef table, String column) {
        return table.columns().stream().filter(c -> c.name().equals(column)).findFirst().map(Column::type)
                .map(t -> t.serial() ? "bigint" : t.catalogName());
    }
}
