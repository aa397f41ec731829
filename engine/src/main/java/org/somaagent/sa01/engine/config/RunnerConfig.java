package org.somaagent.sa01.engine.config;

import java.time.Duration;

/**
 * Everything a run needs, resolved once by {@link ConfigLoader} and passed down unchanged (no
 * statics: two runners in one JVM, as tests have, never see each other's settings).
 *
 * @param revisionSet class name of the {@code RevisionSet} to run; tests and benchmarks swap in their own
 */
public record RunnerConfig(Dsn dsn, String schema, String versionTable, Duration lockTimeout,
                           Duration statementTimeout, Duration connectTimeout, Duration lockWaitTimeout,
                           String logLevel, String revisionSet) {

    public static final String DEFAULT_DSN = "postgresql://soma:soma@localhost:5432/somaagent01";
    public static final String DEFAULT_REVISION_SET = "org.somaagent.sa01.migrations.versions.Sa01Revisions";

    public String versionLogTable() {
        return versionTable + "_log";
    }

    public RunnerConfig withDsn(Dsn other) {
        return new RunnerConfig(other, schema, versionTable, lockTimeout, statementTimeout, connectTimeout,
                lockWaitTimeout, logLevel, revisionSet);
    }

    public RunnerConfig withRevisionSet(String other) {
        return new RunnerConfig(dsn, schema, versionTable, lockTimeout, statementTimeout, connectTimeout,
                lockWaitTimeout, logLevel, other);
    }

    public RunnerConfig withLockTimeout(Duration other) {
        return new RunnerConfig(dsn, schema, versionTable, other, statementTimeout, connectTimeout,
                lockWaitTimeout, logLevel, revisionSet);
    }

    public RunnerConfig withConnectTimeout(Duration other) {
        return new RunnerConfig(dsn, schema, versionTable, lockTimeout, statementTimeout, other,
                lockWaitTimeout, logLevel, revisionSet);
    }
}
