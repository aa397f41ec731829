package org.somaagent.sa01.migrations.versions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.revision.Baseline;
import org.somaagent.sa01.engine.revision.ForeignVersions;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.schema.Sa01Schema;
import org.somaagent.sa01.schema.baseline.LegacyBaseline;

/**
 * somaAgent01's schema as the engine sees it: the revisions in order, the legacy baseline that
 * revision 0001 adopts on databases the init scripts built, upstream's Alembic version table whose
 * databases are taken over, and the model at head.
 * {@code sa01-migrate revision} appends new revisions at the marker.
 */
public final class Sa01Revisions implements RevisionSet {

    /** The schemas are built when a database to adopt needs them: a run at head does not (issue #16). */
    public static final Baseline LEGACY = Baseline.lazy("0001_initial_schema", LegacyBaseline::schema);

    /**
     * Upstream somaAgent01's Alembic port: its revisions 001, 002 and 003 build what 0001, 0002 and
     * 0003 build (but for the names, default and comments docs/alembic-takeover.md lists), so a
     * database it manages is taken over at the matching revision.
     */
    public static final ForeignVersions UPSTREAM_ALEMBIC = ForeignVersions.alembic(Map.of(
            "001", LEGACY,
            "002", Baseline.lazy("0002_add_run_receipts", Sa01Schema::withRunReceipts),
            "003", Baseline.lazy("0003_add_agent_skins", Sa01Schema::head)));

    @Override
    public List<Revision> revisions() {
        // An array initializer takes a trailing comma, so appending a revision adds one line and edits none.
        Revision[] revisions = {
            new R0001InitialSchema(),
            new R0002AddRunReceipts(),
            new R0003AddAgentSkins(),
            // sa01-migrate revision appends new revisions above this line
        };
        return List.of(revisions);
    }

    @Override
    public Optional<Baseline> baseline() {
        return Optional.of(LEGACY);
    }

    @Override
    public Optional<ForeignVersions> foreignVersions() {
        return Optional.of(UPSTREAM_ALEMBIC);
    }

    @Override
    public Optional<SchemaDef> model() {
        return Optional.of(Sa01Schema.head());
    }
}
