package org.somaagent.sa01.engine.adopt;

import static org.somaagent.sa01.engine.connect.SqlFailures.firstLine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.catalog.Difference.MissingColumn;
import org.somaagent.sa01.engine.catalog.Difference.MissingComment;
import org.somaagent.sa01.engine.catalog.Difference.MissingConstraint;
import org.somaagent.sa01.engine.catalog.Difference.MissingObject;
import org.somaagent.sa01.engine.catalog.SchemaComparison;
import org.somaagent.sa01.engine.connect.Statements;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.ExtensionDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.model.TriggerDef;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * The baseline step: brings a database that holds part of a {@code Baseline} under version control.
 * It is planned first, from one reading of the catalog, and the plan is what {@code --dry-run}
 * prints and exactly what runs. Of the {@link SchemaComparison}'s differences it creates the ones
 * whose creation loses nothing (a missing object, column, constraint, comment or seed row) and
 * reports the rest, one line each. Never drops, rewrites or retypes anything, never changes a row.
 */
public final class Adoption {

    /** One thing adoption creates. A tolerant one may fail (rows that violate a new constraint): it is then reported and rolled back to a savepoint. */
    public record Creation(String what, List<Query> queries, boolean tolerant) {}

    /** The creations in order, and the differences left in place. */
    public record Plan(List<Creation> creations, List<String> differences) {

        public List<String> statements() {
            return creations.stream().flatMap(c -> c.queries().stream()).map(SqlRenderer::render).toList();
        }
    }

    /**
     * What ran: the objects created, the differences left (the plan's, and tolerant creations that
     * failed), the statements executed, and the other tool's revision it took over (empty for a legacy database).
     */
    public record Outcome(List<String> created, List<String> differences, List<String> statements, Optional<String> takenOverFrom) {

        /** The version log's description prefix that marks a revision as taken over ({@code VersionTable} reads it back). */
        public static final String TAKEN_OVER = "taken over from ";

        /** How the version log describes each revision this adoption records. */
        public String logDescription(String description) {
            return takenOverFrom.map(origin -> TAKEN_OVER + origin + ": " + description).orElse("adopted the existing schema as " + description);
        }
    }

    private final DSLContext dsl;
    private final Catalog catalog;
    private final SchemaComparison comparison;
    private final List<Creation> creations = new ArrayList<>();
    private final List<String> differences = new ArrayList<>();

    private Adoption(DSLContext dsl, Catalog catalog) {
        this.dsl = dsl;
        this.catalog = catalog;
        this.comparison = new SchemaComparison(catalog);
    }

    /** True when the database holds any type, table or function of the baseline: creating it from scratch would fail. */
    public static boolean holdsAnyOf(Catalog catalog, SchemaDef baseline) {
        return baseline.objects().stream().anyMatch(o -> !(o instanceof ExtensionDef) && !(o instanceof SeedRows)
                && !(o instanceof IndexDef) && !(o instanceof TriggerDef) && exists(catalog, o));
    }

    private static boolean exists(Catalog catalog, SchemaObject object) {
        return catalog.tables().containsKey(object.name()) || catalog.enums().containsKey(object.name())
                || catalog.functions().containsKey(object.name());
    }

    /** Plans the adoption of {@code baseline} by the database {@code catalog} was read from; reads row counts, changes nothing. */
    public static Plan plan(DSLContext dsl, Catalog catalog, SchemaDef baseline) {
        Adoption adoption = new Adoption(dsl, catalog);
        baseline.objects().forEach(adoption::plan);
        return new Plan(List.copyOf(adoption.creations), List.copyOf(adoption.differences));
    }

    /** Runs a plan inside the caller's transaction. */
    public static Outcome execute(Plan plan, Optional<String> takenOverFrom, Statements statements) throws SQLException {
        List<String> created = new ArrayList<>();
        List<String> differences = new ArrayList<>(plan.differences());
        List<String> executed = new ArrayList<>();
        for (Creation creation : plan.creations()) {
            String failure = run(creation, statements, executed);
            if (failure == null) {
                created.add(creation.what());
            } else {
                differences.add(creation.what() + " could not be created (" + failure + "): left as is");
            }
        }
        return new Outcome(created, differences, executed, takenOverFrom);
    }

    private static String run(Creation creation, Statements statements, List<String> executed) throws SQLException {
        for (Query query : creation.queries()) {
            executed.add(SqlRenderer.render(query));
            if (!creation.tolerant()) {
                statements.execute(query);
                continue;
            }
            SQLException failure = statements.tryExecute(query);
            if (failure != null) {
                return firstLine(failure);
            }
        }
        return null;
    }

    private void plan(SchemaObject object) {
        if (object instanceof SeedRows seed) {
            boolean existingTable = catalog.tables().containsKey(seed.table());
            seed.create(dsl).forEach(insert -> creations.add(new Creation("seed row for " + seed.table(), List.of(insert), existingTable)));
            return;
        }
        for (Difference difference : comparison.of(object)) {
            switch (difference) {
                case MissingObject m -> creations.add(new Creation(m.object().describe(), m.object().create(dsl), partOfExistingTable(m.object())));
                case MissingColumn m -> addColumn(m.table(), m.column());
                case MissingConstraint m -> creations.add(new Creation("constraint " + m.constraint().name() + " on " + m.table().name(),
                        List.of(dsl.alterTable(m.table().name()).add(m.constraint().ddl())), true));
                case MissingComment m -> creations.add(new Creation("comment on table " + m.table().name(),
                        List.of(m.table().commentQuery(dsl, m.table().comment().orElseThrow())), true));
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

    private void addColumn(TableDef table, Column column) {
        boolean needsValue = !column.nullable() && column.defaultValue().isEmpty() && !column.type().serial();
        if (needsValue && hasRows(table.name())) {
            differences.add("table " + table.name() + " lacks column " + column.name() + " " + column.type().catalogName()
                    + " not null, which its existing rows cannot fill: add it by hand");
            return;
        }
        creations.add(new Creation("column " + table.name() + "." + column.name(),
                List.of(dsl.alterTable(table.name()).addColumn(column.name(), column.ddlType())), true));
    }

    private boolean hasRows(String table) {
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name(table))));
    }
}
