package org.somaagent.sa01.migrations.testing.revisions;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.Query;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;

/** somaAgent01's revisions, each counting how often its upgrade is built: whether a run rendered it. */
public final class CountedRevisions implements ExtendsSa01 {

    public static final AtomicInteger UPGRADES_BUILT = new AtomicInteger();

    @Override
    public List<Revision> revisions() {
        return new Sa01Revisions().revisions().stream().<Revision>map(Counted::new).toList();
    }

    private record Counted(Revision revision) implements Revision {
        public String id() { return revision.id(); }
        public Optional<String> parent() { return revision.parent(); }
        public String description() { return revision.description(); }
        public List<Query> downgrade() { return revision.downgrade(); }

        public List<Query> upgrade() {
            UPGRADES_BUILT.incrementAndGet();
            return revision.upgrade();
        }
    }
}
