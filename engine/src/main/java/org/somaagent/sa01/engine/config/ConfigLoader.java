package org.somaagent.sa01.engine.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * Resolves the {@link RunnerConfig}, the counterpart of {@code alembic.ini}. Precedence, highest
 * first: command-line flags, environment ({@code SA01_DB_DSN}, {@code SA01_DB_CONNECT_TIMEOUT}),
 * the properties file ({@code --config}, else {@code SA01_MIGRATIONS_CONFIG}, else
 * {@code ./migrations.properties} when present), the built-in defaults.
 */
public final class ConfigLoader {

    public static final String ENV_DSN = "SA01_DB_DSN";
    public static final String ENV_CONFIG = "SA01_MIGRATIONS_CONFIG";
    public static final String ENV_CONNECT_TIMEOUT = "SA01_DB_CONNECT_TIMEOUT";
    public static final String DEFAULT_FILE = "migrations.properties";

    /** Keys of the properties file, with their built-in defaults (README's configuration table). */
    static final Map<String, String> DEFAULTS = Map.of(
            "dsn", RunnerConfig.DEFAULT_DSN,
            "schema", "public",
            "version_table", "schema_version",
            "lock_timeout", "5s",
            "statement_timeout", "0",
            "connect_timeout", "60s",
            "lock_wait_timeout", "10min",
            "log_level", "info",
            "revision_set", RunnerConfig.DEFAULT_REVISION_SET);

    private final Map<String, String> env;
    private final Path workingDirectory;

    /** @param workingDirectory where ./migrations.properties is looked for; null: nowhere */
    public ConfigLoader(Map<String, String> env, Path workingDirectory) {
        this.env = env;
        this.workingDirectory = workingDirectory;
    }

    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** The built-in defaults for one database: no flags, environment or file (scratch databases, tests, benchmarks). */
    public static RunnerConfig defaults(Dsn dsn) {
        return new ConfigLoader(Map.of(), null).load(null, dsn.toLibpqUri());
    }

    /**
     * @param configFile {@code --config}, or null
     * @param dsnFlag    {@code --dsn}, or null
     */
    public RunnerConfig load(Path configFile, String dsnFlag) {
        return load(configFile, dsnFlag, Map.of());
    }

    /**
     * As {@link #load(Path, String)}, with settings that override the properties file's, keyed as in
     * the file ({@code lock_timeout}); null or blank values are ignored. The Maven plugin's parameters.
     */
    public RunnerConfig load(Path configFile, String dsnFlag, Map<String, String> overrides) {
        Properties file = readFile(configFile);
        Set<String> unknown = new TreeSet<>(file.stringPropertyNames());
        unknown.removeAll(DEFAULTS.keySet());
        if (!unknown.isEmpty()) {
            throw MigrationException.usage("unknown setting(s) " + unknown + " in the properties file: known are "
                    + new TreeSet<>(DEFAULTS.keySet()));
        }
        overrides.forEach((key, value) -> {
            if (!DEFAULTS.containsKey(key)) {
                throw MigrationException.usage("unknown setting '" + key + "': known are " + new TreeSet<>(DEFAULTS.keySet()));
            }
            if (value != null && !value.isBlank()) {
                file.setProperty(key, value);
            }
        });
        String dsnText = dsnFlag != null ? dsnFlag
                : env.containsKey(ENV_DSN) ? requireNonEmpty(env.get(ENV_DSN))
                : value(file, "dsn");
        String connectTimeout = env.containsKey(ENV_CONNECT_TIMEOUT) && !env.get(ENV_CONNECT_TIMEOUT).isBlank()
                ? env.get(ENV_CONNECT_TIMEOUT) : value(file, "connect_timeout");
        String schema = value(file, "schema");
        String versionTable = value(file, "version_table");
        requireIdentifier("schema", schema);
        requireIdentifier("version_table", versionTable);
        return new RunnerConfig(Dsn.parse(dsnText), schema, versionTable,
                Durations.parse("lock_timeout", value(file, "lock_timeout")),
                Durations.parse("statement_timeout", value(file, "statement_timeout")),
                Durations.parse("connect_timeout", connectTimeout),
                Durations.parse("lock_wait_timeout", value(file, "lock_wait_timeout")),
                value(file, "log_level"),
                value(file, "revision_set"));
    }

    private static String requireNonEmpty(String envDsn) {
        if (envDsn.isBlank()) {
            throw MigrationException.usage(ENV_DSN + " is set but empty: set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE or unset it");
        }
        return envDsn;
    }

    private static void requireIdentifier(String key, String value) {
        // Quoted through jOOQ everywhere, but a name that needs quoting here is almost surely a typo.
        if (!value.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw MigrationException.usage("setting " + key + "='" + value + "' is not a lower-case SQL name (a-z, 0-9, _)");
        }
    }

    private static String value(Properties file, String key) {
        String v = file.getProperty(key);
        return v == null || v.isBlank() ? DEFAULTS.get(key) : v.strip();
    }

    private Properties readFile(Path configFile) {
        Path path = configFile != null ? configFile
                : env.get(ENV_CONFIG) != null && !env.get(ENV_CONFIG).isBlank() ? Path.of(env.get(ENV_CONFIG))
                : null;
        boolean named = path != null;
        if (path == null && workingDirectory == null) {
            return new Properties();
        }
        if (path == null) {
            path = workingDirectory.resolve(DEFAULT_FILE);
            if (!Files.exists(path)) {
                return new Properties();
            }
        }
        Path resolved = workingDirectory == null ? path : workingDirectory.resolve(path);
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(resolved, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw MigrationException.usage("cannot read the properties file " + resolved + " (" + describe(e) + ")"
                    + (named ? ": check --config / " + ENV_CONFIG : ": fix or remove it"));
        }
        return props;
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
