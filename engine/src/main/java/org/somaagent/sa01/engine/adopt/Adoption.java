package org.somaagent.sa01.engine.adopt;

import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.catalog.SchemaComparison;

import static org.somaagent.sa01.engine.connect.SqlFailures.firstLine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.catalog.Difference.MissingColumn;
import org.somaagent.sa01.engine.catalog.Difference.MissingComment;
import org.somaagent.sa01.engine.catalog.Difference.MissingConstraint;
import org.somaagent.sa01.engine.catalog.Difference.MissingObject;
import org.somaagent.sa01.engine.connect.Statements;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.model.TriggerDef;

/**
 * Brings one declared object into a database that may already have it. Of the
 * {@link SchemaComparison}'s differences it creates the ones whose creation loses nothing (a
 * missing object, column, constraint or comment) and reports the rest, one line each. Never drops,
 * rewrites or retypes anything, never changes a row.
 */
public final class Adoption {

    private final DSLContext dsl;
    private final Catalog catalog;
    private final SchemaComparison comparison;
    private final Statements statements;
    private final List<String> differences = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    public Adoption(DSLContext dsl, Catalog catalog, Statements statements) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.comparison = new SchemaComparison(catalog);
        this.statements = statements;
    }

    public List<String> differences() {
        return List.copyOf(differences);
    }

    public List<String> created() {
        return List.copyOf(created);
    }

    public void ensure(SchemaObject object) throws SQLException {
        if (object instanceof SeedRows seed) {
            ensureSeed(seed);
            return;
        }
        for (Difference difference : comparison.of(object)) {
            switch (difference) {
                case MissingObject m -> create(m.object().describe(), m.object().create(dsl), partOfExistingTable(m.object()));
                case MissingColumn m -> addColumn(m.table(), m.column());
                case MissingConstraint m -> create("constraint " + m.constraint().name() + " on " + m.table().name(),
                        List.of(dsl.alterTable(m.table().name()).add(m.constraint().ddl())), true);
                case MissingComment m -> create("comment on table " + m.table().name(),
                        List.of(m.table().commentQuery(dsl, m.table().comment().orElseThrow())), true);
                default -> differences.add(difference.describe() + ": left as is");
            }
        }
    }

    /** Parts of a table that existed before this run may fail to fit it; those of a new table may not. */
    private boolean partOfExistingTable(SchemaObject object) {
        return switch (object) {
            case IndexDef i -> catalog.tables().containsKey(i.table());
            case TriggerDef t -> catalog.tables().containsKey(t.table());
            default -> false;
        };
    }

    private void ensureSeed(SeedRows seed) throws SQLException {
        boolean existingTable = catalog.tables().containsKey(seed.table());
        for (Query insert : seed.create(dsl)) {
            if (!existingTable) {
                statements.execute(insert);
                continue;
            }
            SQLException failure = statements.tryExecute(insert);
            if (failure != null) {
                differences.add("seed row for " + seed.table() + " not inserted: " + firstLine(failure) + ": left as is");
            }
        }
    }

    private void addColumn(TableDef table, Column column) throws SQLException {
        boolean needsValue = !column.nullable() && column.defaultValue().isEmpty() && !column.type().serial();
        if (needsValue && hasRows(table.name())) {
            differences.add("table " + table.name() + " lacks column " + column.name() + " " + column.type().catalogName()
                    + " not null, which its existing rows cannot fill: add it by hand");
            return;
        }
        create("column " + table.name() + "." + column.name(),
                List.of(dsl.alterTable(table.name()).addColumn(column.name(), column.ddlType())), true);
    }

    /** Tolerant: a failure (rows that violate a constraint, a drifted column) is reported and rolled back to a savepoint. */
    private void create(String what, List<Query> queries, boolean tolerant) throws SQLException {
        for (Query query : queries) {
            if (!tolerant) {
                statements.execute(query);
                continue;
            }
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
}
