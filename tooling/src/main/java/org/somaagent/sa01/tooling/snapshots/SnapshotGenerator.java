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
import org.somaagent.sa01.tooling.scratch.ScratchCache;
import org.somaagent.sa01.tooling.scratch.ScratchChain;

/**
 * Renders one snapshot per revision from the catalog of a scratch database after that revision:
 * each snapshot is what the revisions make, never written by hand.
 */
public final class SnapshotGenerator {

    public static final String PACKAGE = "org.somaagent.sa01.migrations.snapshots";

    private SnapshotGenerator() {}

    /** @return path relative to the source root ({@code org/.../snapshots/r0001/Snapshot.java}) to source */
    public static SortedMap<String, String> renderAll(Dsn admin) {
        RunnerConfig config = ConfigLoader.defaults(admin);
        return renderAll(admin, config, RevisionGraph.of(RevisionSet.load(config.revisionSet())));
    }

    /** The snapshots of another revision set's revisions (the bench's generated schemas), with the cache {@value ScratchCache#ENV} asks for. */
    public static SortedMap<String, String> renderAll(Dsn admin, RunnerConfig config, RevisionGraph graph) {
        return renderAll(ScratchCache.fromEnvironment(admin), config, graph);
    }

    /**
     * With the cache on, each revision's catalog is read from the cache's entry at that revision
     * (built when missing from the entry below it: one copy and one revision); off, one throw-away
     * database is stepped through the chain.
     */
    public static SortedMap<String, String> renderAll(ScratchCache cache, RunnerConfig config, RevisionGraph graph) {
        Snapshots snapshots = new Snapshots(config);
        if (cache.enabled()) {
            ScratchChain chain = cache.chain(config, graph);
            for (int level = 1; level <= graph.chain().size(); level++) {
                try (RunnerSession session = chain.open(level)) {
                    snapshots.add(graph.chain().get(level - 1), session);
                }
            }
            return snapshots.files;
        }
        try (ScratchDatabase scratch = ScratchDatabase.create(cache.admin(), "sa01_snapshots");
             RunnerSession session = RunnerSession.open(config.withDsn(scratch.dsn()), graph)) {
            for (Revision revision : graph.chain()) {
                UpgradeOperation.run(session, revision.id());
                snapshots.add(revision, session);
            }
        }
        return snapshots.files;
    }

    /** The files rendered so far, one package per revision. */
    private static final class Snapshots {
        private final SnapshotRenderer renderer = new SnapshotRenderer();
        private final SortedMap<String, String> files = new TreeMap<>();
        private final RunnerConfig config;
        // The runner's own bookkeeping is not part of the schema a revision is written against.
        private final Set<String> versionTables;

        Snapshots(RunnerConfig config) {
            this.config = config;
            this.versionTables = Set.of(config.versionTable(), config.versionLogTable());
        }

        void add(Revision revision, RunnerSession session) {
            SnapshotModel model = SnapshotModel.of(Catalog.read(session.dsl(), config.schema()), versionTables);
            SortedMap<String, String> rendered = renderer.render(model, packageOf(revision.id()));
            if (rendered.keySet().stream().anyMatch(files::containsKey)) {
                throw new IllegalStateException("revision " + revision.id() + " shares its number with an earlier one");
            }
            files.putAll(rendered);
        }
    }

    /** {@code 0001_initial_schema} to {@code ...snapshots.r0001}: the number alone, so a slug can be reworded. */
    public static String packageOf(String revisionId) {
        return PACKAGE + ".r" + revisionId.substring(0, revisionId.indexOf('_'));
    }
}
