package org.somaagent.sa01.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.engine.config.Dsn;

/**
 * What every bench group gets: the repository, the legacy scripts, the admin DSN scratch databases are
 * made with, and the scram role the measured runs connect as.
 */
record BenchContext(Path root, Path legacy, Dsn admin, ScramRole role) {

    /** {@code bin/sa01-migrate --quiet ARGS}; the DSN goes in the environment ({@link #env}), never on the command line. */
    List<String> cli(String... args) {
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/sa01-migrate").toString(), "--quiet"));
        command.addAll(List.of(args));
        return command;
    }

    /** The role's connection to a database for every tool (SA01_DB_DSN, PG* for psql), plus any extra variables. */
    Map<String, String> env(Dsn database, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(role.env(database));
        env.putAll(extra);
        return env;
    }

    /**
     * scripts/aot-cache.sh with {@code extra} in its environment (a deployment's class path and revision set),
     * training as the role over scram, as the measured runs connect: the cache then holds pgjdbc's scram classes.
     */
    void trainStartupCache(Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(extra);
        env.put("SA01_AOT_TRAINING_DSN", role.dsn(admin).toLibpqUri());
        Processes.time(root, env, List.of("bash", "scripts/aot-cache.sh"));
    }

    /** Runs a command in the repository as the role on a database; its wall time in ms. */
    double time(Dsn database, List<String> command) throws Exception {
        return Processes.time(root, env(database, Map.of()), command);
    }
}
