package org.somaagent.sa01.tooling.scratch;

import java.sql.SQLException;
import java.util.List;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import org.somaagent.sa01.tooling.scratch.ScratchCache.Entry;

/**
 * The cache's entries along one revision chain ({@link ScratchCache#chain}): level N is the
 * database the first N revisions make. A missing entry is built from the nearest kept level below
 * it (a copy, then only the revisions above), else from an empty database.
 */
public final class ScratchChain {

    /** SQLState of CREATE DATABASE ... TEMPLATE while someone is connected to the template. */
    private static final String OBJECT_IN_USE = "55006";
    private static final int COPY_ATTEMPTS = 10;
    private static final long COPY_RETRY_MS = 200;

    private final ScratchCache cache;
    private final RunnerConfig config;
    private final RevisionGraph graph;
    private final List<String> names;

    ScratchChain(ScratchCache cache, RunnerConfig config, RevisionGraph graph, List<String> names) {
        this.cache = cache;
        this.config = config;
        this.graph = graph;
        this.names = List.copyOf(names);
    }

    /** How many revisions the chain has: its levels are 1 to this. */
    public int length() {
        return names.size();
    }

    /** The entry's database name at a level, 1 to the chain's length. */
    public String name(int level) {
        return names.get(level - 1);
    }

    /** The entry at a level, reused when kept, else built and kept. */
    public Entry at(int level) {
        String name = name(level);
        List<String> kept = cache.entries();
        if (kept.contains(name)) {
            return new Entry(name, cache.admin().withDatabase(name), true);
        }
        int base = level - 1;
        while (base > 0 && !kept.contains(name(base))) {
            base--;
        }
        Revision target = graph.chain().get(level - 1);
        try (ScratchDatabase scratch = start(base)) {
            try (RunnerSession session = RunnerSession.open(config.withDsn(scratch.dsn()), graph)) {
                UpgradeOperation.run(session, target.id());
            }
            cache.comment(scratch.name(), "sa01-migrate scratch cache: " + config.revisionSet() + " at " + target.id()
                    + " (" + level + " revisions); dropped when unused and " + ScratchCache.KEEP_OTHERS + " newer entries of other chains exist");
            // False: another run built the same entry meanwhile; ours is dropped on close and theirs is as good.
            scratch.keepAs(name);
        }
        cache.cleanUp(names);
        return new Entry(name, cache.admin().withDatabase(name), false);
    }

    /**
     * A session on the entry at a level (reused or built); built again when it was dropped (by hand,
     * or another chain's clean-up) between finding it and connecting.
     */
    public RunnerSession open(int level) {
        try {
            return RunnerSession.open(config.withDsn(at(level).dsn()), graph);
        } catch (MigrationException e) {
            if (cache.entries().contains(name(level))) {
                throw e;
            }
            return RunnerSession.open(config.withDsn(at(level).dsn()), graph);
        }
    }

    /** A copy of the entry at {@code base}, or an empty database when there is none or it stays in use. */
    private ScratchDatabase start(int base) {
        String prefix = cache.namespaceForBuilds();
        if (base == 0) {
            return ScratchDatabase.create(cache.admin(), prefix);
        }
        for (int attempt = 1; attempt <= COPY_ATTEMPTS; attempt++) {
            try {
                return ScratchDatabase.copyOf(cache.admin(), prefix, name(base));
            } catch (SQLException e) {
                if (!OBJECT_IN_USE.equals(e.getSQLState())) {
                    break;
                }
                sleep();
            }
        }
        return ScratchDatabase.create(cache.admin(), prefix);
    }

    private static void sleep() {
        try {
            Thread.sleep(COPY_RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to copy a scratch cache entry", e);
        }
    }
}
