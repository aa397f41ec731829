package org.somaagent.sa01.engine.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.somaagent.sa01.engine.catalog.Catalog.ColumnInfo;
import org.somaagent.sa01.engine.catalog.Catalog.ConstraintInfo;
import org.somaagent.sa01.engine.catalog.Catalog.IndexInfo;
import org.somaagent.sa01.engine.catalog.Catalog.TableInfo;
import org.somaagent.sa01.engine.catalog.Difference.ColumnTypeDiffers;
import org.somaagent.sa01.engine.catalog.Difference.CommentDiffers;
import org.somaagent.sa01.engine.catalog.Difference.DefaultDiffers;
import org.somaagent.sa01.engine.catalog.Difference.EnumLabelsDiffer;
import org.somaagent.sa01.engine.catalog.Difference.ExtraColumn;
import org.somaagent.sa01.engine.catalog.Difference.ExtraComment;
import org.somaagent.sa01.engine.catalog.Difference.NamedDifferently;
import org.somaagent.sa01.engine.catalog.Difference.ExtraConstraint;
import org.somaagent.sa01.engine.catalog.Difference.ExtraIndex;
import org.somaagent.sa01.engine.catalog.Difference.ExtraTable;
import org.somaagent.sa01.engine.catalog.Difference.FunctionBodyDiffers;
import org.somaagent.sa01.engine.catalog.Difference.MissingColumn;
import org.somaagent.sa01.engine.catalog.Difference.MissingComment;
import org.somaagent.sa01.engine.catalog.Difference.MissingConstraint;
import org.somaagent.sa01.engine.catalog.Difference.MissingObject;
import org.somaagent.sa01.engine.catalog.Difference.NullabilityDiffers;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.ExtensionDef;
import org.somaagent.sa01.engine.model.FunctionDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.model.TriggerDef;

/**
 * Compares declared objects with a {@link Catalog}: the one comparison adoption, check and
 * autogenerate share. Objects are matched by name; columns by type as format_type() reports it,
 * nullability and default as pg_get_expr() reports it; enums by labels in order; functions by body.
 * A missing constraint or index that exists under another name with the same definition is
 * reported as named differently, not as missing and extra.
 * Seed rows are data and are not compared.
 */
public final class SchemaComparison {

    private final Catalog catalog;

    /** The live indexes by table: a renamed index is looked for among its own table's, not among thousands. */
    private final Map<String, List<IndexInfo>> indexesByTable;

    public SchemaComparison(Catalog catalog) {
        this.catalog = catalog;
        this.indexesByTable = catalog.indexes().values().stream().collect(Collectors.groupingBy(IndexInfo::table));
    }

    /** Every difference between the whole model and the catalog, extra tables and indexes included. */
    public List<Difference> compare(SchemaDef model, Set<String> ignoredTables) {
        List<Difference> differences = new ArrayList<>();
        model.objects().forEach(o -> differences.addAll(of(o)));
        differences.addAll(extras(model, ignoredTables));
        return differences;
    }

    /** How one declared object differs from the catalog. */
    public List<Difference> of(SchemaObject object) {
        return switch (object) {
            case ExtensionDef e -> missingIf(!catalog.extensions().contains(e.name()), e);
            case EnumDef e -> ofEnum(e);
            case TableDef t -> ofTable(t);
            case IndexDef i -> ofIndex(i);
            case FunctionDef f -> ofFunction(f);
            case TriggerDef t -> missingIf(!catalog.triggers().contains(t.table() + "." + t.name()), t);
            case SeedRows s -> List.of();
        };
    }

    /** Tables and indexes the catalog has and the model does not: set and map lookups, linear in the size of both. */
    public List<Difference> extras(SchemaDef model, Set<String> ignoredTables) {
        List<Difference> extras = new ArrayList<>();
        Set<String> tables = model.tables().stream().map(TableDef::name).collect(Collectors.toSet());
        Set<String> indexes = model.all(IndexDef.class).stream().map(IndexDef::name).collect(Collectors.toSet());
        Set<String> constraintIndexes = model.tables().stream()
                .flatMap(t -> t.constraints().stream()).map(Constraint::name).collect(Collectors.toSet());
        List<IndexInfo> ownIndexes = catalog.indexes().values().stream().filter(i -> !backsConstraint(i)).toList();
        Map<String, List<IndexInfo>> ownIndexesByTable = ownIndexes.stream().collect(Collectors.groupingBy(IndexInfo::table));
        for (TableInfo table : catalog.tables().values()) {
            if (!tables.contains(table.name()) && !ignoredTables.contains(table.name())) {
                extras.add(new ExtraTable(table, ownIndexesByTable.getOrDefault(table.name(), List.of())));
            }
        }
        Set<String> renamed = model.all(IndexDef.class).stream()
                .flatMap(i -> underOtherName(i).stream()).map(IndexInfo::name).collect(Collectors.toSet());
        ownIndexes.stream()
                .filter(i -> tables.contains(i.table()) && !indexes.contains(i.name()) && !constraintIndexes.contains(i.name())
                        && !renamed.contains(i.name()))
                .forEach(i -> extras.add(new ExtraIndex(i)));
        return extras;
    }

    /** An index that backs a constraint of its table (a primary key, a unique one) is the constraint's, not an extra. */
    private boolean backsConstraint(IndexInfo index) {
        TableInfo table = catalog.tables().get(index.table());
        return table != null && table.constraints().containsKey(index.name());
    }

    private static List<Difference> missingIf(boolean missing, SchemaObject object) {
        return missing ? List.of(new MissingObject(object)) : List.of();
    }

    private List<Difference> ofIndex(IndexDef index) {
        if (catalog.indexes().containsKey(index.name())) {
            return List.of();
        }
        return List.of(underOtherName(index).<Difference>map(live -> new NamedDifferently("index", index.table(), index.name(), live.name()))
                .orElse(new MissingObject(index)));
    }

    /** A live index the model does not name, the same as a declared one that is missing but for its name. */
    private Optional<IndexInfo> underOtherName(IndexDef index) {
        if (catalog.indexes().containsKey(index.name())) {
            return Optional.empty();
        }
        return indexesByTable.getOrDefault(index.table(), List.of()).stream().filter(live -> SameDefinition.index(index, live)).findFirst();
    }

    /** A live constraint of the table the model does not name, the same as a declared one that is missing but for its name. */
    private static Optional<ConstraintInfo> underOtherName(Set<String> declared, TableInfo live, Constraint constraint) {
        return live.constraints().values().stream()
                .filter(c -> !declared.contains(c.name()))
                .filter(c -> SameDefinition.constraint(constraint, c)).findFirst();
    }

    private List<Difference> ofEnum(EnumDef type) {
        List<String> labels = catalog.enums().get(type.name());
        if (labels == null) {
            return List.of(new MissingObject(type));
        }
        return labels.equals(type.labels()) ? List.of() : List.of(new EnumLabelsDiffer(type, labels));
    }

    private List<Difference> ofFunction(FunctionDef function) {
        String body = catalog.functions().get(function.name());
        if (body == null) {
            return List.of(new MissingObject(function));
        }
        return normalize(body).equals(normalize(function.body())) ? List.of() : List.of(new FunctionBodyDiffers(function));
    }

    private List<Difference> ofTable(TableDef table) {
        Optional<TableInfo> existing = catalog.table(table.name());
        if (existing.isEmpty()) {
            return List.of(new MissingObject(table));
        }
        TableInfo live = existing.get();
        List<Difference> differences = new ArrayList<>();
        for (Column column : table.columns()) {
            ColumnInfo liveColumn = live.columns().get(column.name());
            if (liveColumn == null) {
                differences.add(new MissingColumn(table, column));
                continue;
            }
            if (!liveColumn.type().equals(column.type().catalogName())) {
                differences.add(new ColumnTypeDiffers(table.name(), column, liveColumn));
            }
            if (liveColumn.notNull() == column.nullable()) {
                differences.add(new NullabilityDiffers(table.name(), column, liveColumn));
            }
            Optional<String> expected = column.catalogDefault(table.name());
            if (!liveColumn.defaultExpression().equals(expected)) {
                differences.add(new DefaultDiffers(table.name(), column, liveColumn, expected));
            }
        }
        Set<String> declaredColumns = table.columns().stream().map(Column::name).collect(Collectors.toSet());
        live.columns().values().stream().filter(c -> !declaredColumns.contains(c.name()))
                .forEach(c -> differences.add(new ExtraColumn(table.name(), c)));
        Set<String> declaredConstraints = table.constraints().stream().map(Constraint::name).collect(Collectors.toSet());
        Set<String> renamed = new HashSet<>();
        for (Constraint constraint : table.constraints()) {
            if (!live.constraints().containsKey(constraint.name())) {
                Optional<ConstraintInfo> same = underOtherName(declaredConstraints, live, constraint);
                same.ifPresent(c -> renamed.add(c.name()));
                differences.add(same.<Difference>map(c -> new NamedDifferently("constraint", table.name(), constraint.name(), c.name()))
                        .orElse(new MissingConstraint(table, constraint)));
            }
        }
        live.constraints().values().stream().filter(c -> !declaredConstraints.contains(c.name()) && !renamed.contains(c.name()))
                .forEach(c -> differences.add(new ExtraConstraint(table.name(), c)));
        if (table.comment().isPresent() && !table.comment().equals(live.comment())) {
            differences.add(live.comment().isEmpty() ? new MissingComment(table) : new CommentDiffers(table, live.comment().get()));
        } else if (table.comment().isEmpty() && live.comment().isPresent()) {
            differences.add(new ExtraComment(table, live.comment().get()));
        }
        return differences;
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ").toLowerCase();
    }
}
