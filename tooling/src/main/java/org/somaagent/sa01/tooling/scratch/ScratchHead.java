package org.somaagent.sa01.tooling.scratch;

import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;

import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * A throw-away database brought to head by the revisions, for work that needs "the schema as the
 * revisions make it": the model check, autogenerate, code generation. Dropped afterwards.
 */
public final class ScratchHead {

    /** Work on a session at head; it may throw what it likes. */
    public interface Work<T, E extends Exception> {
        T apply(RunnerSession session) throws E;
    }

    private ScratchHead() {}

    public static <T, E extends Exception> T run(Dsn admin, String prefix, RunnerConfig config, RevisionGraph graph,
                                                 Work<T, E> work) throws E {
        try (ScratchDatabase scratch = ScratchDatabase.create(admin, prefix);
             RunnerSession session = RunnerSession.open(config.withDsn(scratch.dsn()), graph)) {
            UpgradeOperation.run(session, "head");
            return work.apply(session);
        }
    }
}
