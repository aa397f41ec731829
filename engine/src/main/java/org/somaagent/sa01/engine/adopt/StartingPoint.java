package org.somaagent.sa01.engine.adopt;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Baseline;
import org.somaagent.sa01.engine.revision.ForeignVersions;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * Where a database without our version table starts, decided from what it holds (under the
 * migration lock, before anything is written): another tool's version table names the baseline
 * to take over; else objects of the set's baseline make it a legacy database to adopt; else it is
 * empty and the revisions run as written. Either way adoption is the same {@link Adoption} plan
 * against the chosen baseline's schema.
 *
 * @param takenOverFrom the other tool's revision ({@code alembic_version 003}); empty for a legacy database
 */
public record StartingPoint(Baseline baseline, Optional<String> takenOverFrom, Adoption.Plan plan) {

    public static Optional<StartingPoint> of(DSLContext dsl, String schema, RevisionGraph graph) {
        if (graph.baseline().isEmpty() && graph.foreignVersions().isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = Catalog.read(dsl, schema);
        Optional<ForeignVersions> foreign = graph.foreignVersions().filter(f -> catalog.tables().containsKey(f.table()));
        if (foreign.isPresent()) {
            Optional<String> foreignId = foreignId(dsl, schema, foreign.get());
            if (foreignId.isPresent()) {
                Baseline baseline = foreign.get().baselines().get(foreignId.get());
                String origin = foreign.get().origin(foreignId.get());
                return Optional.of(new StartingPoint(baseline, Optional.of(origin), Adoption.plan(dsl, catalog, baseline.schema())));
            }
        }
        return graph.baseline().filter(b -> Adoption.holdsAnyOf(catalog, b.schema()))
                .map(b -> new StartingPoint(b, Optional.empty(), Adoption.plan(dsl, catalog, b.schema())));
    }

    /** The one revision the other tool's table names; empty when it names none (a downgrade to base leaves it empty). */
    private static Optional<String> foreignId(DSLContext dsl, String schema, ForeignVersions foreign) {
        List<String> ids = dsl.select(field(name(foreign.column()), String.class)).from(table(name(schema, foreign.table())))
                .fetch(0, String.class);
        String known = String.join(", ", new TreeSet<>(foreign.baselines().keySet()));
        if (ids.size() > 1) {
            throw MigrationException.failed(schema + "." + foreign.table() + " names " + ids.size() + " revisions " + ids
                    + " (two heads), which sa01-migrate cannot take over: merge them with the other tool (alembic merge heads, "
                    + "then alembic upgrade head) or delete the row that is wrong, so that it names one of " + known
                    + ", then rerun; nothing was written");
        }
        if (ids.size() == 1 && !foreign.baselines().containsKey(ids.get(0))) {
            throw MigrationException.failed(schema + "." + foreign.table() + " names revision " + ids.get(0)
                    + ", which this build cannot take over (it knows " + known + "): bring the database to one of those with the other "
                    + "tool, or deploy a build that maps " + ids.get(0) + "; nothing was written");
        }
        return ids.stream().findFirst();
    }
}
