package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;
import picocli.CommandLine.Option;

/** {@code --admin-dsn}: the role that creates scratch databases, for the verbs that need one. */
final class AdminDsnOption {

    @Option(names = "--admin-dsn", paramLabel = "DSN",
            description = "a role that may create databases and the vector extension (default: SA01_ADMIN_DSN, else the local postgres superuser)")
    String adminDsn;

    Dsn resolve() {
        return AdminDsn.resolve(adminDsn);
    }
}
