package org.somaagent.sa01.tooling.scratch;

import java.util.Map;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;

/**
 * A database brought to head by the revisions, for work that only reads "the schema as the
 * revisions make it": the model check, autogenerate, code generation. From the {@link ScratchCache}
 * when it is on (read-only: a kept entry is shared), else a throw-away database dropped afterwards.
 */
public final class ScratchHead {

    /** Work on a session at head; it may throw what it likes. */
    public interface Work<T, E extends Exception> {
        T apply(RunnerSession session) throws E;
    }

    private ScratchHead() {}

    /** With the cache {@value ScratchCache#ENV} asks for (on by default). */
    public static <T, E extends Exception> T run(Dsn admin, String prefix, RunnerConfig config, RevisionGraph graph,
                                                 Work<T, E> work) throws E {
        return run(ScratchCache.fromEnvironment(admin), prefix, config, graph, work);
    }

    public static <T, E extends Exception> T run(ScratchCache cache, String prefix, RunnerConfig config, RevisionGraph graph,
                                                 Work<T, E> work) throws E {
        if (!cache.enabled() || graph.chain().isEmpty()) {
            try (ScratchDatabase scratch = ScratchDatabase.create(cache.admin(), prefix);
                 RunnerSession session = RunnerSession.open(config.withDsn(scratch.dsn()), graph)) {
                UpgradeOperation.run(session, "head");
                return work.apply(session);
            }
        }
        try (RunnerSession session = cache.chain(config, graph).open(graph.chain().size())) {
            // Other runs read the same entry: nothing here may change it.
            session.set(false, Map.of("default_transaction_read_only", "on"));
            return work.apply(session);
        }
    }
}
