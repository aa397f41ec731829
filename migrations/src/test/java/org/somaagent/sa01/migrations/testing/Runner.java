package org.somaagent.sa01.migrations.testing;

import org.somaagent.sa01.testing.TestDatabase;

import java.util.List;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.engine.runner.CheckOperation;
import org.somaagent.sa01.engine.runner.DowngradeOperation;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import org.somaagent.sa01.schema.Sa01Schema;

/** The runner's operations in-process, on a test database, with the project's or a test's revision set. */
public final class Runner {

    private final RunnerConfig config;

    private Runner(RunnerConfig config) {
        this.config = config;
    }

    public static Runner on(TestDatabase db) {
        return new Runner(db.config());
    }

    public static Runner on(TestDatabase db, Class<? extends RevisionSet> revisions) {
        return new Runner(db.config(revisions.getName()));
    }

    public UpgradeOperation.Result upgrade(String target) {
        try (RunnerSession session = open()) {
            return UpgradeOperation.run(session, target);
        }
    }

    public DowngradeOperation.Result downgrade(String target, boolean allowDataLoss) {
        try (RunnerSession session = open()) {
            return DowngradeOperation.run(session, target, allowDataLoss);
        }
    }

    public List<String> check() {
        try (RunnerSession session = open()) {
            return CheckOperation.run(session, Sa01Schema.head());
        }
    }

    public RunnerSession open() {
        return RunnerSession.open(config, RevisionGraph.of(RevisionSet.load(config.revisionSet())));
    }
}
