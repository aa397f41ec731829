package org.somaagent.sa01.tooling.snapshots;

import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;

/**
 * Renders one snapshot per revision from a scratch database the runner steps through the
 * revisions one at a time: each snapshot is the catalog after its revision, never written by hand.
 */
public final class SnapshotGenerator {

    public static final String PACKAGE = "org.somaagent.sa01.migrations.snapshots";

    private SnapshotGenerator() {}

    /** @return path relative to the source root ({@code org/.../snapshots/r0001/Snapshot.java}) to source */
    public static SortedMap<String, String> renderAll(Dsn admin) {
        RunnerConfig config = ConfigLoader.defaults(admin);
        return renderAll(admin, config, RevisionGraph.of(RevisionSet.load(config.revisionSet())));
    }

    /** The snapshots of another revision set's revisions (the bench's generated schemas). */
    public static SortedMap<String, String> renderAll(Dsn admin, RunnerConfig config, RevisionGraph graph) {
        // The runner's own bookkeeping is not part of the schema a revision is written against.
        Set<String> versionTables = Set.of(config.versionTable(), config.versionLogTable());
        SnapshotRenderer renderer = new SnapshotRenderer();
        SortedMap<String, String> files = new TreeMap<>();
        try (ScratchDatabase scratch = ScratchDatabase.create(admin, "sa01_snapshots");
             RunnerSession session = RunnerSession.open(config.withDsn(scratch.dsn()), graph)) {
            for (Revision revision : graph.chain()) {
                UpgradeOperation.run(session, revision.id());
                SnapshotModel model = SnapshotModel.of(Catalog.read(session.dsl(), config.schema()), versionTables);
                SortedMap<String, String> rendered = renderer.render(model, packageOf(revision.id()));
                if (rendered.keySet().stream().anyMatch(files::containsKey)) {
                    throw new IllegalStateException("revision " + revision.id() + " shares its number with an earlier one");
                }
                files.putAll(rendered);
            }
        }
        return files;
    }

    /** {@code 0001_initial_schema} to {@code ...snapshots.r0001}: the number alone, so a slug can be reworded. */
    public static String packageOf(String revisionId) {
        return PACKAGE + ".r" + revisionId.substring(0, revisionId.indexOf('_'));
    }
}
