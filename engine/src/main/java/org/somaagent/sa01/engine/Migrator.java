package org.somaagent.sa01.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.SqlFailures;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.engine.runner.CheckOperation;
import org.somaagent.sa01.engine.runner.DowngradeOperation;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.StampOperation;
import org.somaagent.sa01.engine.runner.StatusOperation;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.runner.MigrationResult;
import org.somaagent.sa01.engine.runner.RepairOperation;
import org.somaagent.sa01.engine.runner.UpgradeOperation;

/**
 * The engine's public entry point, in the manner of {@code Flyway.configure()...load().migrate()}:
 * the CLI, the Maven plugin, the tests and the bench all go through it. Each call opens its own
 * session (connection, and the advisory lock where the verb changes anything) and closes it; a
 * failure reaches the caller as a {@link MigrationException} carrying its {@code ErrorKind}.
 */
public final class Migrator {

    private final RunnerConfig config;
    private final RevisionSet revisions;
    private final RevisionGraph graph;

    private Migrator(RunnerConfig config, RevisionSet revisions) {
        this.config = config;
        this.revisions = revisions;
        this.graph = RevisionGraph.of(revisions);
    }

    public static Configuration configure() {
        return new Configuration();
    }

    /** What to migrate, and with which revisions; {@link #load()} validates the revision graph without connecting. */
    public static final class Configuration {
        private RunnerConfig config;
        private RevisionSet revisions;

        private Configuration() {}

        /** All settings at once, as {@code ConfigLoader} resolves them from flags, environment and properties file. */
        public Configuration config(RunnerConfig config) {
            this.config = config;
            return this;
        }

        /** The built-in defaults for one database. */
        public Configuration dsn(String dsn) {
            this.config = ConfigLoader.defaults(Dsn.parse(dsn));
            return this;
        }

        /** The revision set; without it, the one the configuration names ({@code revision_set}). */
        public Configuration revisions(RevisionSet revisions) {
            this.revisions = revisions;
            return this;
        }

        public Migrator load() {
            if (config == null) {
                throw MigrationException.usage("no database configured: call dsn(...) or config(...) before load()");
            }
            return new Migrator(config, revisions != null ? revisions : RevisionSet.load(config.revisionSet()));
        }
    }

    public RunnerConfig config() {
        return config;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public MigrationResult upgrade(String target) {
        return inSession(session -> UpgradeOperation.run(session, target));
    }

    /** What {@link #upgrade} would run, step by step (for a database to adopt: the adoption plan), changing nothing. */
    public List<UpgradeOperation.PlannedStep> upgradeDryRun(String target) {
        return inSession(session -> UpgradeOperation.dryRun(session, target));
    }

    public MigrationResult downgrade(String target, boolean allowDataLoss) {
        return inSession(session -> DowngradeOperation.run(session, target, allowDataLoss));
    }

    public Optional<String> stamp(String target) {
        return inSession(session -> StampOperation.run(session, target));
    }

    /** Every revision, the code's and the database's, joined. */
    public List<StatusOperation.Entry> history() {
        return inSession(StatusOperation::history);
    }

    public Optional<StatusOperation.Entry> current() {
        return StatusOperation.current(history());
    }

    /** The differences between the live database and the revision set's model at head; empty when none. */
    public List<String> check() {
        SchemaDef model = model("check");
        return inSession(session -> CheckOperation.run(session, model));
    }

    /** After a jOOQ upgrade moved checksums: when the schema equals the model, stores this build's renderings; the ids repaired. */
    public List<String> repair() {
        SchemaDef model = model("repair");
        return inSession(session -> RepairOperation.run(session, model));
    }

    private SchemaDef model(String verb) {
        return revisions.model().orElseThrow(() -> MigrationException.usage("revision set " + revisions.getClass().getName()
                + " declares no model (RevisionSet.model()): " + verb + " compares the database with it"));
    }

    /**
     * Runs {@code work} on a session of its own. jOOQ's unchecked failures outside a revision (the
     * version table, the lock, the catalog) are translated here, once, into the error kinds.
     */
    public <T> T inSession(Function<RunnerSession, T> work) {
        try (RunnerSession session = RunnerSession.open(config, graph)) {
            return work.apply(session);
        } catch (DataAccessException e) {
            SQLException cause = e.getCause(SQLException.class);
            throw cause == null ? e : SqlFailures.translate(cause, config.dsn());
        }
    }
}
