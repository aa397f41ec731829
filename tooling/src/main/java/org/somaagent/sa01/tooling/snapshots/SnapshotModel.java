package org.somaagent.sa01.tooling.snapshots;

import java.util.List;
import java.util.Set;
import org.somaagent.sa01.engine.catalog.Catalog;

/**
 * The schema after one revision, as read from the PostgreSQL catalog: the only input of
 * {@link SnapshotRenderer}.
 */
public record SnapshotModel(List<EnumDef> enums, List<TableDef> tables) {

    public SnapshotModel {
        enums = List.copyOf(enums);
        tables = List.copyOf(tables);
    }

    /**
     * The part of the engine's catalog a snapshot shows: names, types and nullability only (no
     * defaults, keys or indexes), which keeps each snapshot to about one line per column.
     */
    public static SnapshotModel of(Catalog catalog, Set<String> excludedTables) {
        List<EnumDef> enums = catalog.enums().entrySet().stream()
                .map(e -> new EnumDef(e.getKey(), e.getValue())).toList();
        List<TableDef> tables = catalog.tables().values().stream()
                .filter(t -> !excludedTables.contains(t.name()))
                .map(t -> new TableDef(t.name(), t.columns().values().stream()
                        .map(c -> new ColumnDef(c.name(), c.type(), c.notNull())).toList()))
                .toList();
        return new SnapshotModel(enums, tables);
    }

    /** An enum type with its labels in {@code pg_enum.enumsortorder} order. */
    public record EnumDef(String name, List<String> labels) {
        public EnumDef {
            labels = List.copyOf(labels);
        }
    }

    /** A table with its columns in {@code attnum} order. */
    public record TableDef(String name, List<ColumnDef> columns) {
        public TableDef {
            columns = List.copyOf(columns);
        }
    }

    /** A column; {@code type} is exactly what {@code format_type(atttypid, atttypmod)} prints. */
    public record ColumnDef(String name, String type, boolean notNull) {}
}
