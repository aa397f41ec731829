package org.somaagent.sa01.tooling.autogen;

import static org.somaagent.sa01.tooling.autogen.Code.dsl;
import static org.somaagent.sa01.tooling.autogen.Code.name;
import static org.somaagent.sa01.tooling.autogen.Code.string;
import static org.somaagent.sa01.tooling.autogen.Code.strings;
import static org.somaagent.sa01.tooling.autogen.JavaSource.columnType;
import static org.somaagent.sa01.tooling.autogen.JavaSource.raw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Query;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.somaagent.sa01.engine.catalog.Catalog.ColumnInfo;
import org.somaagent.sa01.engine.catalog.Catalog.IndexInfo;
import org.somaagent.sa01.engine.catalog.Catalog.TableInfo;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * Renders differences (model vs a database at head) as the body of a revision: for each, the jOOQ
 * DSL statements that make the database match the model, and the ones that undo them, as a
 * {@link Code} tree. What exists before the revision is named through the parent's snapshot
 * ({@link Scope}); where the DSL has no form, or the SQL comes from the catalog, a statement is
 * plain SQL and says so.
 */
final class RevisionRenderer {

    /** Upgrade and downgrade statements (Java expressions of type Query), and notes for the reviewer. */
    record Body(List<Code> upgrade, List<Code> downgrade, List<String> notes) {

        static final Body EMPTY = new Body(List.of(), List.of(), List.of());
    }

    private final Scope scope;
    private final List<Code> upgrade = new ArrayList<>();
    private final List<List<Code>> downgradeSteps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private RevisionRenderer(Scope scope) {
        this.scope = scope;
    }

    static Body render(List<Difference> differences, Scope scope) {
        RevisionRenderer r = new RevisionRenderer(scope);
        differences.forEach(r::add);
        List<Code> downgrade = new ArrayList<>();
        List<List<Code>> steps = new ArrayList<>(r.downgradeSteps);
        Collections.reverse(steps);
        steps.forEach(downgrade::addAll);
        return new Body(r.upgrade, downgrade, r.notes);
    }

    private void step(List<Code> up, List<Code> down) {
        upgrade.addAll(up);
        downgradeSteps.add(down);
    }

    private void step(Code up, Code down) {
        step(List.of(up), List.of(down));
    }

    private void add(Difference difference) {
        switch (difference) {
            case Difference.MissingObject m -> missingObject(m.object());
            case Difference.MissingColumn m -> step(
                    alter(m.table().name()).call("addColumn", string(m.column().name()), columnType(m.column())),
                    alter(m.table().name()).call("dropColumn", string(m.column().name())));
            case Difference.ExtraColumn e -> step(
                    alter(e.table()).call("dropColumn", scope.column(e.table(), e.live().name())),
                    alter(e.table()).call("addColumn", scope.column(e.table(), e.live().name()), liveType(e.table(), e.live())));
            case Difference.ColumnTypeDiffers d -> {
                notes.add("column " + d.table() + "." + d.model().name() + " changes type: check that every value casts, or add a USING clause");
                step(alterColumn(d.table(), d.model().name()).call("set", JavaSource.dataType(d.model().type().catalogName(), false)),
                        alterColumn(d.table(), d.model().name()).call("set", JavaSource.dataType(d.live().type(), false)));
            }
            case Difference.NullabilityDiffers d -> step(
                    alterColumn(d.table(), d.model().name()).call(d.model().nullable() ? "dropNotNull" : "setNotNull"),
                    alterColumn(d.table(), d.model().name()).call(d.model().nullable() ? "setNotNull" : "dropNotNull"));
            case Difference.DefaultDiffers d -> step(
                    setDefault(d.table(), d.model().name(), d.model().type().catalogName(), d.expected().orElse(null)),
                    setDefault(d.table(), d.model().name(), d.live().type(), d.live().defaultExpression().orElse(null)));
            case Difference.MissingConstraint m -> step(
                    alter(m.table().name()).call("add", constraint(m.table().name(), m.constraint())),
                    alter(m.table().name()).call("dropConstraint", string(m.constraint().name())));
            case Difference.ExtraConstraint e -> step(
                    alter(e.table()).call("dropConstraint", string(e.live().name())),
                    raw("alter table " + quoted(e.table()) + " add constraint " + quoted(e.live().name()) + " " + e.live().definition()));
            case Difference.MissingComment m -> step(comment(m.table().name(), m.table().comment().orElseThrow()),
                    raw("comment on table " + quoted(m.table().name()) + " is null"));
            case Difference.ExtraComment c -> step(raw("comment on table " + quoted(c.table().name()) + " is null"),
                    comment(c.table().name(), c.live()));
            case Difference.NamedDifferently n -> step(rename(n, n.liveName(), n.modelName()), rename(n, n.modelName(), n.liveName()));
            case Difference.CommentDiffers c -> step(comment(c.table().name(), c.table().comment().orElseThrow()),
                    comment(c.table().name(), c.live()));
            case Difference.EnumLabelsDiffer e -> enumLabels(e);
            case Difference.FunctionBodyDiffers f -> {
                notes.add("function " + f.function().name() + "() gets the model's body; the downgrade cannot restore the old one: add it by hand");
                step(queries(f.function().create(SqlRenderer.offline())), List.of());
            }
            case Difference.ExtraTable t -> step(List.of(dsl("dropTable", scope.table(t.live().name()))), recreate(t.live(), t.indexes()));
            case Difference.ExtraIndex i -> step(dsl("dropIndex", string(i.live().name())), raw(i.live().definition()));
        }
    }

    private void missingObject(SchemaObject object) {
        switch (object) {
            case TableDef t -> step(createTable(t), List.of(dsl("dropTableIfExists", string(t.name()))));
            case EnumDef e -> step(dsl("createType", string(e.name())).call("asEnum", strings(e.labels())),
                    dsl("dropTypeIfExists", string(e.name())));
            case IndexDef i -> step(createIndex(i), dsl("dropIndexIfExists", string(i.name())));
            case SeedRows seed -> step(seed.rows().stream().map(row -> insert(seed.table(), row)).toList(), List.of());
            default -> step(queries(object.create(SqlRenderer.offline())), queries(object.drop(SqlRenderer.offline())));
        }
    }

    /** A seed row as an insert the DSL builds, so it reads as data rather than as SQL text. */
    private static Code insert(String table, Map<String, Field<?>> row) {
        return dsl("insertInto", dsl("table", name(table)))
                .line("columns", row.keySet().stream().map(c -> dsl("field", name(c))).toList())
                .line("values", row.values().stream().map(JavaSource::value).toList())
                .line("onConflictDoNothing");
    }

    private void enumLabels(Difference.EnumLabelsDiffer e) {
        if (e.appendable().isEmpty()) {
            notes.add("type " + e.type().name() + ": labels removed or reordered (" + e.live() + " -> " + e.type().labels()
                    + "): PostgreSQL cannot do that in place; write this step by hand");
            return;
        }
        notes.add("type " + e.type().name() + ": PostgreSQL cannot remove an enum label, so the downgrade leaves "
                + e.appendable() + " in place");
        step(e.appendable().stream().map(l -> dsl("alterType", scope.type(e.type().name())).call("addValue", string(l))).toList(), List.of());
    }

    private List<Code> createTable(TableDef table) {
        Code create = dsl("createTable", string(table.name()));
        for (Column c : table.columns()) {
            create = create.line("column", string(c.name()), columnType(c));
        }
        if (!table.constraints().isEmpty()) {
            create = create.lineWrapped("constraints", table.constraints().stream().map(c -> constraint(table.name(), c)).toList());
        }
        List<Code> statements = new ArrayList<>(List.of(create));
        table.comment().ifPresent(text -> statements.add(comment(table.name(), text)));
        return statements;
    }

    /** A dropped table back as it was: columns through the snapshot, keys and indexes as the catalog prints them. */
    private List<Code> recreate(TableInfo table, List<IndexInfo> indexes) {
        Code create = dsl("createTable", scope.table(table.name()));
        for (ColumnInfo c : table.columns().values()) {
            create = create.line("column", scope.column(table.name(), c.name()), liveType(table.name(), c));
        }
        List<Code> statements = new ArrayList<>(List.of(create));
        table.constraints().values().forEach(c -> statements.add(raw("alter table " + quoted(table.name()) + " add constraint "
                + quoted(c.name()) + " " + c.definition())));
        indexes.forEach(i -> statements.add(raw(i.definition())));
        return statements;
    }

    private Code createIndex(IndexDef index) {
        if (index.method() != IndexDef.Method.BTREE) {
            return queries(index.create(SqlRenderer.offline())).get(0);
        }
        List<Code> on = new ArrayList<>();
        on.add(scope.tableObject(index.table()));
        index.keys().forEach(k -> on.add(key(index.table(), k)));
        Code create = dsl("createIndex", string(index.name())).call("on", on);
        return index.where().isPresent() ? create.call("where", JavaSource.condition(SqlRenderer.render(index.where().get()))) : create;
    }

    private Code key(String table, OrderField<?> key) {
        if (key instanceof SortField<?> sort) {
            return scope.columnField(table, sort.$field().getName()).call(sort.$sortOrder() == SortOrder.DESC ? "desc" : "asc");
        }
        return scope.columnField(table, ((Field<?>) key).getName());
    }

    /** A constraint of {@code table}; on a table of the snapshot its columns are the snapshot's fields. */
    private Code constraint(String table, Constraint constraint) {
        Code named = dsl("constraint", string(constraint.name()));
        return switch (constraint) {
            case Constraint.PrimaryKey pk -> named.call("primaryKey", columns(table, pk.columns()));
            case Constraint.Unique u -> named.call("unique", columns(table, u.columns()));
            case Constraint.Check c -> named.call("check", JavaSource.condition(SqlRenderer.render(c.condition())));
            case Constraint.ForeignKey fk -> {
                Code references = scope.typedForeignKey(table, fk.columns(), fk.referencedTable(), fk.referencedColumns())
                        ? named.call("foreignKey", fk.columns().stream().map(c -> Scope.field(table, c)).toList())
                                .call("references", references(fk))
                        : named.call("foreignKey", strings(fk.columns()))
                                .call("references", concat(string(fk.referencedTable()), strings(fk.referencedColumns())));
                yield switch (fk.onDelete()) {
                    case NO_ACTION -> references;
                    case CASCADE -> references.call("onDeleteCascade");
                    case SET_NULL -> references.call("onDeleteSetNull");
                };
            }
        };
    }

    private List<Code> references(Constraint.ForeignKey fk) {
        return concat(scope.table(fk.referencedTable()),
                fk.referencedColumns().stream().map(c -> Scope.field(fk.referencedTable(), c)).toList());
    }

    private List<Code> columns(String table, List<String> columns) {
        // Mixed fields and strings have no common overload: fields only when every column is the snapshot's.
        return columns.stream().allMatch(c -> scope.typedColumn(table, c))
                ? columns.stream().map(c -> Scope.field(table, c)).toList()
                : strings(columns);
    }

    private static List<Code> concat(Code first, List<Code> rest) {
        List<Code> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<Code> queries(List<Query> queries) {
        return queries.stream().map(q -> raw(SqlRenderer.render(q))).toList();
    }

    /**
     * A live column's type for re-adding it: through the snapshot field's own data type where there
     * is one (nullability and default set explicitly, so the field's NOT NULL does not travel),
     * else a fresh type from the catalog's name.
     */
    private Code liveType(String table, ColumnInfo c) {
        String defaultSql = c.defaultExpression().filter(d -> !d.startsWith("nextval(")).orElse(null);
        if (scope.typedColumn(table, c.name())) {
            return columnType(Scope.field(table, c.name()).call("getDataType"), !c.notNull(), defaultSql);
        }
        return columnType(c.type(), false, !c.notNull(), defaultSql);
    }

    private Code setDefault(String table, String column, String type, String defaultSql) {
        if (defaultSql == null) {
            return alterColumn(table, column).call("dropDefault");
        }
        // setDefault(Field<T>) takes the field's own type: the snapshot field's, or a fresh one by name
        Code fieldType = scope.typedColumn(table, column) ? Scope.field(table, column).call("getDataType") : JavaSource.dataType(type, false);
        return alterColumn(table, column).call("setDefault", JavaSource.rawField(defaultSql, fieldType));
    }

    private Code comment(String table, String text) {
        return dsl("commentOnTable", scope.table(table)).call("is", string(text));
    }

    private Code rename(Difference.NamedDifferently n, String from, String to) {
        return n.kind().equals("index") ? dsl("alterIndex", string(from)).call("renameTo", string(to))
                : alter(n.table()).call("renameConstraint", string(from)).call("to", string(to));
    }

    private Code alter(String table) {
        return dsl("alterTable", scope.table(table));
    }

    private Code alterColumn(String table, String column) {
        return alter(table).call("alterColumn", scope.column(table, column));
    }

    private static String quoted(String name) {
        return SqlRenderer.render(org.jooq.impl.DSL.name(name));
    }
}
