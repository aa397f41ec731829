package org.somaagent.sa01.tooling.autogen;

import static org.somaagent.sa01.tooling.autogen.JavaSource.columnType;
import static org.somaagent.sa01.tooling.autogen.JavaSource.literal;
import static org.somaagent.sa01.tooling.autogen.JavaSource.literals;
import static org.somaagent.sa01.tooling.autogen.JavaSource.raw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Query;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.somaagent.sa01.engine.catalog.Catalog.ColumnInfo;
import org.somaagent.sa01.engine.catalog.Catalog.IndexInfo;
import org.somaagent.sa01.engine.catalog.Catalog.TableInfo;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.revision.SqlRenderer;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;

/**
 * Renders differences (model vs a database at head) as the body of a revision: for each, the jOOQ
 * DSL statements that make the database match the model, and the ones that undo them. Where the
 * DSL has no form, or the SQL comes from the catalog, a statement is plain SQL and says so.
 */
final class RevisionRenderer {

    /** Upgrade and downgrade statements (Java expressions of type Query), and notes for the reviewer. */
    record Body(List<String> upgrade, List<String> downgrade, List<String> notes) {}

    private final List<String> upgrade = new ArrayList<>();
    private final List<List<String>> downgradeSteps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    static Body render(List<Difference> differences) {
        RevisionRenderer r = new RevisionRenderer();
        differences.forEach(r::add);
        List<String> downgrade = new ArrayList<>();
        List<List<String>> steps = new ArrayList<>(r.downgradeSteps);
        Collections.reverse(steps);
        steps.forEach(downgrade::addAll);
        return new Body(r.upgrade, downgrade, r.notes);
    }

    private void step(List<String> up, List<String> down) {
        upgrade.addAll(up);
        downgradeSteps.add(down);
    }

    private void add(Difference difference) {
        switch (difference) {
            case Difference.MissingObject m -> missingObject(m.object());
            case Difference.MissingColumn m -> step(List.of(alter(m.table().name()) + ".addColumn(" + literal(m.column().name()) + ", "
                    + columnType(m.column()) + ")"), List.of(alter(m.table().name()) + ".dropColumn(" + literal(m.column().name()) + ")"));
            case Difference.ExtraColumn e -> step(List.of(alter(e.table()) + ".dropColumn(" + literal(e.live().name()) + ")"),
                    List.of(alter(e.table()) + ".addColumn(" + literal(e.live().name()) + ", " + liveType(e.live()) + ")"));
            case Difference.ColumnTypeDiffers d -> {
                notes.add("column " + d.table() + "." + d.model().name() + " changes type: check that every value casts, or add a USING clause");
                step(List.of(alterColumn(d.table(), d.model().name()) + ".set(" + JavaSource.dataType(d.model().type().catalogName(), false) + ")"),
                        List.of(alterColumn(d.table(), d.model().name()) + ".set(" + JavaSource.dataType(d.live().type(), false) + ")"));
            }
            case Difference.NullabilityDiffers d -> step(List.of(alterColumn(d.table(), d.model().name()) + (d.model().nullable() ? ".dropNotNull()" : ".setNotNull()")),
                    List.of(alterColumn(d.table(), d.model().name()) + (d.model().nullable() ? ".setNotNull()" : ".dropNotNull()")));
            case Difference.DefaultDiffers d -> step(List.of(setDefault(d.table(), d.model().name(), d.model().type().catalogName(), d.expected().orElse(null))),
                    List.of(setDefault(d.table(), d.model().name(), d.live().type(), d.live().defaultExpression().orElse(null))));
            case Difference.MissingConstraint m -> step(List.of(alter(m.table().name()) + ".add(" + constraint(m.constraint()) + ")"),
                    List.of(alter(m.table().name()) + ".dropConstraint(" + literal(m.constraint().name()) + ")"));
            case Difference.ExtraConstraint e -> step(List.of(alter(e.table()) + ".dropConstraint(" + literal(e.live().name()) + ")"),
                    List.of(raw("alter table " + quoted(e.table()) + " add constraint " + quoted(e.live().name()) + " " + e.live().definition())));
            case Difference.MissingComment m -> step(List.of(comment(m.table().name(), m.table().comment().orElseThrow())),
                    List.of(raw("comment on table " + quoted(m.table().name()) + " is null")));
            case Difference.CommentDiffers c -> step(List.of(comment(c.table().name(), c.table().comment().orElseThrow())),
                    List.of(comment(c.table().name(), c.live())));
            case Difference.EnumLabelsDiffer e -> enumLabels(e);
            case Difference.FunctionBodyDiffers f -> {
                notes.add("function " + f.function().name() + "() gets the model's body; the downgrade cannot restore the old one: add it by hand");
                step(queries(f.function().create(SqlRenderer.offline())), List.of());
            }
            case Difference.ExtraTable t -> step(List.of("DSL.dropTable(" + literal(t.live().name()) + ")"), recreate(t.live(), t.indexes()));
            case Difference.ExtraIndex i -> step(List.of("DSL.dropIndex(" + literal(i.live().name()) + ")"), List.of(raw(i.live().definition())));
        }
    }

    private void missingObject(SchemaObject object) {
        switch (object) {
            case TableDef t -> step(createTable(t), List.of("DSL.dropTableIfExists(" + literal(t.name()) + ")"));
            case EnumDef e -> step(List.of("DSL.createType(" + literal(e.name()) + ").asEnum(" + literals(e.labels()) + ")"),
                    List.of("DSL.dropTypeIfExists(" + literal(e.name()) + ")"));
            case IndexDef i -> step(List.of(createIndex(i)), List.of("DSL.dropIndexIfExists(" + literal(i.name()) + ")"));
            case SeedRows seed -> step(seed.rows().stream().map(row -> insert(seed.table(), row)).toList(), List.of());
            default -> step(queries(object.create(SqlRenderer.offline())), queries(object.drop(SqlRenderer.offline())));
        }
    }

    /** A seed row as an insert the DSL builds, so it reads as data rather than as SQL text. */
    private static String insert(String table, Map<String, Field<?>> row) {
        return "DSL.insertInto(DSL.table(DSL.name(" + literal(table) + ")))\n                        .columns("
                + row.keySet().stream().map(c -> "DSL.field(DSL.name(" + literal(c) + "))").collect(Collectors.joining(", "))
                + ")\n                        .values(" + row.values().stream().map(JavaSource::value).collect(Collectors.joining(", "))
                + ")\n                        .onConflictDoNothing()";
    }

    private void enumLabels(Difference.EnumLabelsDiffer e) {
        if (e.appendable().isEmpty()) {
            notes.add("type " + e.type().name() + ": labels removed or reordered (" + e.live() + " -> " + e.type().labels()
                    + "): PostgreSQL cannot do that in place; write this step by hand");
            return;
        }
        notes.add("type " + e.type().name() + ": PostgreSQL cannot remove an enum label, so the downgrade leaves "
                + e.appendable() + " in place");
        step(e.appendable().stream().map(l -> "DSL.alterType(" + literal(e.type().name()) + ").addValue(" + literal(l) + ")").toList(), List.of());
    }

    private static List<String> createTable(TableDef table) {
        StringBuilder s = new StringBuilder("DSL.createTable(" + literal(table.name()) + ")");
        for (Column c : table.columns()) {
            s.append("\n                        .column(").append(literal(c.name())).append(", ").append(columnType(c)).append(")");
        }
        if (!table.constraints().isEmpty()) {
            s.append("\n                        .constraints(").append(table.constraints().stream().map(RevisionRenderer::constraint)
                    .collect(Collectors.joining(",\n                                "))).append(")");
        }
        List<String> statements = new ArrayList<>(List.of(s.toString()));
        table.comment().ifPresent(text -> statements.add(comment(table.name(), text)));
        return statements;
    }

    private static List<String> recreate(TableInfo table, List<IndexInfo> indexes) {
        StringBuilder s = new StringBuilder("DSL.createTable(" + literal(table.name()) + ")");
        table.columns().values().forEach(c -> s.append("\n                        .column(").append(literal(c.name())).append(", ")
                .append(liveType(c)).append(")"));
        List<String> statements = new ArrayList<>(List.of(s.toString()));
        table.constraints().values().forEach(c -> statements.add(raw("alter table " + quoted(table.name()) + " add constraint "
                + quoted(c.name()) + " " + c.definition())));
        indexes.forEach(i -> statements.add(raw(i.definition())));
        return statements;
    }

    private static String createIndex(IndexDef index) {
        if (index.method() != IndexDef.Method.BTREE) {
            return queries(index.create(SqlRenderer.offline())).get(0);
        }
        String keys = index.keys().stream().map(RevisionRenderer::key).collect(Collectors.joining(", "));
        return "DSL.createIndex(" + literal(index.name()) + ").on(DSL.table(DSL.name(" + literal(index.table()) + ")), " + keys + ")"
                + index.where().map(w -> ".where(" + JavaSource.condition(SqlRenderer.render(w)) + ")").orElse("");
    }

    private static String key(OrderField<?> key) {
        if (key instanceof SortField<?> sort) {
            return "DSL.field(DSL.name(" + literal(sort.$field().getName()) + "))" + (sort.$sortOrder() == SortOrder.DESC ? ".desc()" : ".asc()");
        }
        return "DSL.field(DSL.name(" + literal(((Field<?>) key).getName()) + "))";
    }

    private static String constraint(Constraint constraint) {
        String condition = constraint instanceof Constraint.Check check ? SqlRenderer.render(check.condition()) : null;
        return JavaSource.constraint(constraint, condition);
    }

    private static List<String> queries(List<Query> queries) {
        return queries.stream().map(q -> raw(SqlRenderer.render(q))).toList();
    }

    private static String liveType(ColumnInfo c) {
        return columnType(c.type(), false, !c.notNull(), c.defaultExpression().filter(d -> !d.startsWith("nextval(")).orElse(null));
    }

    private static String setDefault(String table, String column, String type, String defaultSql) {
        return alterColumn(table, column) + (defaultSql == null ? ".dropDefault()"
                : ".setDefault(DSL.field(DSL.raw(" + literal(defaultSql) + "), " + JavaSource.dataType(type, false) + "))");
    }

    private static String comment(String table, String text) {
        return "DSL.commentOnTable(" + literal(table) + ").is(" + literal(text) + ")";
    }

    private static String alter(String table) {
        return "DSL.alterTable(" + literal(table) + ")";
    }

    private static String alterColumn(String table, String column) {
        return alter(table) + ".alterColumn(" + literal(column) + ")";
    }

    private static String quoted(String name) {
        return SqlRenderer.render(org.jooq.impl.DSL.name(name));
    }
}
