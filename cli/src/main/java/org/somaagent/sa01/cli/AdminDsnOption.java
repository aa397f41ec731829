package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import picocli.CommandLine.Option;

/** {@code --admin-dsn}: the role that creates scratch databases, for the verbs that need one. */
final class AdminDsnOption {

    @Option(names = "--admin-dsn", paramLabel = "DSN",
            description = "a role that may create databases and the vector extension (default: SA01_ADMIN_DSN, else the DSN)")
    String adminDsn;

    Dsn resolve(RunnerConfig config) {
        String admin = adminDsn != null ? adminDsn : System.getenv("SA01_ADMIN_DSN");
        return admin == null || admin.isBlank() ? config.dsn() : Dsn.parse(admin);
    }
}
