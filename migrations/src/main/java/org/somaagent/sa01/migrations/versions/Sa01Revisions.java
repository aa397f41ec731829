package org.somaagent.sa01.migrations.versions;

import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.revision.Baseline;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.schema.Sa01Schema;
import org.somaagent.sa01.schema.baseline.LegacyBaseline;

/**
 * somaAgent01's schema as the engine sees it: the revisions in order, the legacy baseline that
 * revision 0001 adopts on databases the init scripts built, and the model at head.
 * {@code sa01-migrate revision} appends new revisions at the marker.
 */
public final class Sa01Revisions implements RevisionSet {

    public static final Baseline LEGACY = new Baseline("0001_initial_schema", LegacyBaseline.schema());

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
    public Optional<SchemaDef> model() {
        return Optional.of(Sa01Schema.head());
    }
}
