package org.somaagent.sa01.migrations.versions;

import java.util.List;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionSet;

/** The project's revisions, in order. {@code sa01-migrate revision} appends new ones at the marker. */
public final class Sa01Revisions implements RevisionSet {

    @Override
    public List<Revision> revisions() {
        // An array initializer takes a trailing comma, so appending a revision adds one line and edits none.
        Revision[] revisions = {
            new R0001InitialSchema(),
            // sa01-migrate revision appends new revisions above this line
        };
        return List.of(revisions);
    }
}
