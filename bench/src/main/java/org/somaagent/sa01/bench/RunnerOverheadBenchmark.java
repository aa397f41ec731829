package org.somaagent.sa01.bench;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;

/**
 * Figure 4 under JMH: {@value #REVISIONS} trivial revisions through the runner, against the same
 * statements executed raw. A migration runs once per database, so each measurement is one shot on
 * a fresh database (created, and connected to, outside the timed part); warm-up shots let the JIT
 * settle, so the figure is the runner's own overhead, not class loading.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class RunnerOverheadBenchmark {

    static final int REVISIONS = 200;

    @Benchmark
    public void runner(RunnerState state) {
        UpgradeOperation.run(state.session, "head");
    }

    @Benchmark
    public void raw(RawState state) throws Exception {
        TrivialRevisions.executeRaw(state.connection, REVISIONS);
    }

    /** A fresh database and a runner session on it, per shot. */
    @State(Scope.Thread)
    public static class RunnerState {
        private final RevisionGraph graph = RevisionGraph.of(TrivialRevisions.of(REVISIONS));
        private ScratchDatabase db;
        RunnerSession session;

        @Setup(Level.Iteration)
        public void open() {
            db = ScratchDatabase.create(BenchMain.adminDsn(), "sa01_bench");
            session = RunnerSession.open(ConfigLoader.defaults(db.dsn()), graph);
        }

        @TearDown(Level.Iteration)
        public void close() {
            session.close();
            db.close();
        }
    }

    /** A fresh database and a plain connection to it, per shot. */
    @State(Scope.Thread)
    public static class RawState {
        private ScratchDatabase db;
        Connection connection;

        @Setup(Level.Iteration)
        public void open() {
            db = ScratchDatabase.create(BenchMain.adminDsn(), "sa01_bench");
            connection = Connections.open(db.dsn(), Duration.ofSeconds(10));
        }

        @TearDown(Level.Iteration)
        public void close() throws Exception {
            connection.close();
            db.close();
        }
    }
}
