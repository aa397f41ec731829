package org.somaagent.sa01.migrations.adopt;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.somaagent.sa01.migrations.adopt.Catalog.ColumnInfo;
import org.somaagent.sa01.migrations.adopt.Catalog.TableInfo;
import org.somaagent.sa01.migrations.connect.Statements;
import org.somaagent.sa01.schema.model.Column;
import org.somaagent.sa01.schema.model.Constraint;
import org.somaagent.sa01.schema.model.EnumDef;
import org.somaagent.sa01.schema.model.ExtensionDef;
import org.somaagent.sa01.schema.model.FunctionDef;
import org.somaagent.sa01.schema.model.IndexDef;
import org.somaagent.sa01.schema.model.SchemaObject;
import org.somaagent.sa01.schema.model.SeedRows;
import org.somaagent.sa01.schema.model.TableDef;
import org.somaagent.sa01.schema.model.TriggerDef;

/**
 * Brings one declared object into a database that may already have it: creates what is absent,
 * and where an existing object differs from the declaration, creates only the parts whose creation
 * loses nothing (a missing column, index or constraint the rows satisfy), leaves the rest as it is,
 * and reports each difference. Never drops, rewrites or retypes anything, never changes a row.
 * With {@code statements == null} it only reports (the {@code check} verb).
 */
public final class Adoption {

    private final DSLContext dsl;
    private final Catalog catalog;
    private final Statements statements;
    private final List<String> differences = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    private Adoption(DSLContext dsl, Catalog catalog, Statements statements) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.statements = statements;
    }

    /** Creates what is missing through {@code statements}. */
    public static Adoption applying(DSLContext dsl, Catalog catalog, Statements statements) {
        return new Adoption(dsl, catalog, statements);
    }

    /** Only compares: missing objects are differences too. */
    public static Adoption reportingOnly(DSLContext dsl, Catalog catalog) {
        return new Adoption(dsl, catalog, null);
    }

    public List<String> differences() {
        return List.copyOf(differences);
    }

    public List<String> created() {
        return List.copyOf(created);
    }

    public void ensure(SchemaObject object) throws SQLException {
        switch (object) {
            case ExtensionDef e -> ensureAbsent(object, catalog.extensions().contains(e.name()), false);
            case EnumDef e -> ensureEnum(e);
            case TableDef t -> ensureTable(t);
            case IndexDef i -> ensureAbsent(object, catalog.indexes().containsKey(i.name()), preexisting(i.table()));
            case FunctionDef f -> ensureFunction(f);
            case TriggerDef t -> ensureAbsent(object, catalog.triggers().contains(t.table() + "." + t.name()), preexisting(t.table()));
            case SeedRows s -> ensureSeed(s);
        }
    }

    private void ensureAbsent(SchemaObject object, boolean exists, boolean tolerant) throws SQLException {
        if (!exists) {
            createOrReport(object.describe(), object.create(dsl), tolerant);
        }
    }

    /** Parts of a table that existed before this run may fail to fit it; those of a new table may not. */
    private boolean preexisting(String table) {
        return catalog.tables().containsKey(table);
    }

    private void ensureEnum(EnumDef type) throws SQLException {
        List<String> labels = catalog.enums().get(type.name());
        if (labels == null) {
            createOrReport(type.describe(), type.create(dsl), false);
        } else if (!labels.equals(type.labels())) {
            differences.add("type " + type.name() + " has labels " + labels + ", the model " + type.labels() + ": left as is");
        }
    }

    private void ensureFunction(FunctionDef function) throws SQLException {
        String body = catalog.functions().get(function.name());
        if (body == null) {
            createOrReport(function.describe(), function.create(dsl), false);
        } else if (!normalize(body).equals(normalize(function.body()))) {
            differences.add("function " + function.name() + "() has another body than the model: left as is");
        }
    }

    private void ensureSeed(SeedRows seed) throws SQLException {
        if (statements == null) {
            return; // check compares structure; seed rows are data a deployment may have edited
        }
        if (!preexisting(seed.table())) {
            for (Query insert : seed.create(dsl)) {
                statements.execute(insert);
            }
            return;
        }
        for (Query insert : seed.create(dsl)) {
            SQLException failure = statements.tryExecute(insert);
            if (failure != null) {
                differences.add("seed row for " + seed.table() + " not inserted: " + firstLine(failure) + ": left as is");
            }
        }
    }

    private void ensureTable(TableDef table) throws SQLException {
        Optional<TableInfo> existing = catalog.table(table.name());
        if (existing.isEmpty()) {
            createOrReport(table.describe(), table.create(dsl), false);
            return;
        }
        TableInfo live = existing.get();
        for (Column column : table.columns()) {
            ColumnInfo liveColumn = live.columns().get(column.name());
            if (liveColumn == null) {
                addColumn(table, column);
            } else {
                compareColumn(table, column, liveColumn);
            }
        }
        live.columns().keySet().stream().filter(name -> table.column(name).isEmpty()).forEach(name ->
                differences.add("table " + table.name() + " has column " + name + " (" + live.columns().get(name).type()
                        + ") that the model does not: left as is"));
        for (Constraint constraint : table.constraints()) {
            if (!live.constraints().containsKey(constraint.name())) {
                createOrReport("constraint " + constraint.name() + " on " + table.name(),
                        List.of(dsl.alterTable(table.name()).add(constraint.ddl())), true);
            }
        }
        live.constraints().values().stream()
                .filter(c -> table.constraints().stream().noneMatch(d -> d.name().equals(c.name())))
                .forEach(c -> differences.add("table " + table.name() + " has constraint " + c.name() + " (" + c.definition()
                        + ") that the model does not: left as is"));
        compareComment(table, live);
    }

    private void addColumn(TableDef table, Column column) throws SQLException {
        boolean needsValue = !column.nullable() && column.defaultValue().isEmpty() && !column.type().serial();
        if (needsValue && (statements == null || hasRows(table.name()))) {
            differences.add("table " + table.name() + " lacks column " + column.name() + " " + column.type().catalogName()
                    + " not null" + (statements == null ? "" : ", which its existing rows cannot fill: add it by hand"));
            return;
        }
        createOrReport("column " + table.name() + "." + column.name(),
                List.of(dsl.alterTable(table.name()).addColumn(column.name(), column.ddlType())), true);
    }

    private void compareColumn(TableDef table, Column column, ColumnInfo live) {
        String where = "column " + table.name() + "." + column.name();
        if (!live.type().equals(column.type().catalogName())) {
            differences.add(where + " is " + live.type() + ", the model says " + column.type().catalogName() + ": left as is");
        }
        if (live.notNull() == column.nullable()) {
            differences.add(where + " is " + (live.notNull() ? "not null" : "nullable") + ", the model says "
                    + (column.nullable() ? "nullable" : "not null") + ": left as is");
        }
        Optional<String> expected = column.catalogDefault(table.name());
        if (!live.defaultExpression().equals(expected)) {
            differences.add(where + " has default " + live.defaultExpression().orElse("(none)") + ", the model says "
                    + expected.orElse("(none)") + ": left as is");
        }
    }

    private void compareComment(TableDef table, TableInfo live) throws SQLException {
        if (table.comment().isEmpty() || table.comment().equals(live.comment())) {
            return;
        }
        if (live.comment().isEmpty()) {
            createOrReport("comment on table " + table.name(), List.of(table.commentQuery(dsl, table.comment().get())), true);
        } else {
            differences.add("table " + table.name() + " has another comment than the model: left as is");
        }
    }

    private void createOrReport(String what, List<Query> queries, boolean tolerant) throws SQLException {
        if (statements == null) {
            differences.add(what + " is missing");
            return;
        }
        if (!tolerant) {
            for (Query query : queries) {
                statements.execute(query);
            }
            created.add(what);
            return;
        }
        for (Query query : queries) {
            SQLException failure = statements.tryExecute(query);
            if (failure != null) {
                differences.add(what + " could not be created (" + firstLine(failure) + "): left as is");
                return;
            }
        }
        created.add(what);
    }

    private boolean hasRows(String table) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name(table))));
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ").toLowerCase();
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m;
    }
}
