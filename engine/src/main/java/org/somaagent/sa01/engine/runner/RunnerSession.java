package org.somaagent.sa01.engine.runner;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * One connection to the target database with what every verb needs around it: the jOOQ context,
 * the version table, the migration lock, and the check of applied revisions against the code.
 * The jOOQ context is made on first use: a run at head needs none (the lock, the settings and the
 * version table's reads are plain JDBC, the checksums the build's), and initialising jOOQ is a
 * large part of such a run's start-up (issue #16; {@code AtHeadClassLoadingIT} keeps it so).
 */
public final class RunnerSession implements AutoCloseable {

    private final RunnerConfig config;
    private final RevisionGraph graph;
    private final Connection connection;
    private final PlainSql plain;
    private final VersionTable versionTable;
    private DSLContext dsl;

    private RunnerSession(RunnerConfig config, RevisionGraph graph, Connection connection) {
        this.config = config;
        this.graph = graph;
        this.connection = connection;
        this.plain = new PlainSql(connection, config.dsn());
        this.versionTable = new VersionTable(plain, this::dsl, config);
    }

    public static RunnerSession open(RunnerConfig config, RevisionGraph graph) {
        Connection connection = Connections.open(config.dsn(), config.connectTimeout());
        RunnerSession session = new RunnerSession(config, graph, connection);
        // Unqualified names in revisions land in the configured schema; extensions' types stay visible.
        String path = config.schema().equals("public") ? "public" : config.schema() + ", public";
        // client_connection_check_interval: a runner killed mid-statement (kill -9, an OOM-killed init container)
        // would otherwise leave its backend running, and holding its locks, until the statement ends.
        session.set(false, Map.of("search_path", path, "client_connection_check_interval", "1s"));
        return session;
    }

    /** Sets run-time parameters in one round trip; {@code local}: for the current transaction only (SET LOCAL). */
    public void set(boolean local, Map<String, String> parameters) {
        List<Map.Entry<String, String>> settings = List.copyOf(parameters.entrySet());
        String calls = settings.stream().map(p -> "set_config(?, ?, " + local + ")").collect(Collectors.joining(", "));
        plain.query("select " + calls, rows -> null, settings.stream().flatMap(p -> Stream.of(p.getKey(), p.getValue())).toArray());
    }

    public RunnerConfig config() { return config; }
    public RevisionGraph graph() { return graph; }
    public Connection connection() { return connection; }
    public DSLContext dsl() {
        if (dsl == null) {
            dsl = Connections.dsl(connection);
        }
        return dsl;
    }
    public VersionTable versionTable() { return versionTable; }

    /** The migration lock; once held, the version table is brought to this build's shape before anything is written. */
    public AdvisoryLock lock() {
        AdvisoryLock lock = AdvisoryLock.acquire(plain, config.schema(), config.versionTable(), config.lockWaitTimeout());
        try {
            versionTable.upgradeShape();
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /**
     * The level the database is at, after checking that what it has applied is a prefix of the
     * chain with unchanged checksums: a database newer than the code, or an edited revision, stops
     * everything before anything runs.
     */
    public int verifiedLevel(Map<String, AppliedRevision> applied) {
        for (String id : applied.keySet()) {
            if (!graph.contains(id)) {
                throw MigrationException.failed("the database " + config.dsn().database() + " has revision " + id
                        + ", which this build does not know: the database is newer than the code. Deploy a build that has "
                        + id + " (run its downgrade from there if you must go back)");
            }
        }
        List<Revision> prefix = graph.chain().subList(0, applied.size());
        for (Revision revision : prefix) {
            AppliedRevision row = applied.get(revision.id());
            if (row == null) {
                throw MigrationException.failed("the version table " + config.schema() + "." + config.versionTable()
                        + " lacks revision " + revision.id() + " but has later ones: repair it with 'sa01-migrate stamp'");
            }
            if (!graph.matches(revision, row.checksum())) {
                throw MigrationException.failed(ChecksumMismatch.describe(revision, row, Rendering.of(revision), config.dsn().database()));
            }
        }
        return applied.size();
    }

    public Optional<String> idAtLevel(int level) {
        return graph.atLevel(level).map(Revision::id);
    }

    /** Work on the session's connection that may fail with what PostgreSQL says. */
    public interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * The one place a transaction begins and ends: {@code work} runs in one transaction (in
     * autocommit when {@code transactional} is false, for statements PostgreSQL refuses inside one),
     * committed when it returns, rolled back when it throws, and autocommit is restored either way.
     */
    public <T> T transaction(boolean transactional, SqlWork<T> work) throws SQLException {
        try {
            connection.setAutoCommit(!transactional);
            T result = work.run();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(); // before autocommit is switched back on, which would commit
            versionTable.forget();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a broken connection: the caller's next statement reports it
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is broken; closing it rolls back on the server
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do: the server ends the session either way
        }
    }
}
