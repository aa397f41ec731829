package org.somaagent.sa01.migrations.testing.revisions;

import java.util.List;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.testing.TestRevision;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;

/** Two branches merged without renumbering: both follow 0001. */
public final class TwoHeadsRevisions implements ExtendsSa01 {

    @Override
    public List<Revision> revisions() {
        return List.of(new R0001InitialSchema(), TestRevision.empty("0002_from_alice", "0001_initial_schema"),
                TestRevision.empty("0002_from_bob", "0001_initial_schema"));
    }
}
