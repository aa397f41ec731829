package org.somaagent.sa01.engine.connect;

import org.somaagent.sa01.engine.config.Dsn;

/**
 * The one rule for the role that creates scratch databases (check --model, autogenerate, code and
 * snapshot generation, the tests): the DSN given explicitly, else {@value #ENV}, else the local
 * server's superuser that {@code make dev-db} sets up. It needs CREATE DATABASE and may create the
 * vector extension (not a trusted extension); it is never used against a deployment.
 */
public final class AdminDsn {

    public static final String ENV = "SA01_ADMIN_DSN";
    public static final String LOCAL = "postgresql://postgres@127.0.0.1:5432/postgres";

    private AdminDsn() {}

    /** {@code explicit} (a flag, a plugin parameter, a test's own variable) when set, else the environment, else the local server. */
    public static Dsn resolve(String explicit) {
        if (explicit != null && !explicit.isBlank()) {
            return Dsn.parse(explicit);
        }
        String configured = System.getenv(ENV);
        return Dsn.parse(configured == null || configured.isBlank() ? LOCAL : configured);
    }
}
