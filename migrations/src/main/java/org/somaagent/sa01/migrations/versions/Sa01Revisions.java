package org.somaagent.sa01.migrations.versions;

import java.util.List;
import org.somaagent.sa01.migrations.revision.Revision;
import org.somaagent.sa01.migrations.revision.RevisionSet;

/** The project's revisions, in order. A new revision is added at the end of this list. */
public final class Sa01Revisions implements RevisionSet {

    @Override
    public List<Revision> revisions() {
        return List.of(new R0001InitialSchema());
    }
}
