package org.somaagent.sa01.maven;

import org.somaagent.sa01.engine.config.Redaction;
import org.somaagent.sa01.engine.connect.AdminDsn;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.RevisionSet;

/**
 * What every sa01 goal shares: the configuration, resolved as the CLI resolves it (parameters in
 * place of flags; {@code migrations.properties} in the project's directory, or {@code configFile}),
 * and the one translation of the engine's errors into Maven's: a refusal, a failed revision or drift
 * is a BUILD FAILURE ({@link MojoFailureException}), bad configuration or no connection a BUILD ERROR
 * ({@link MojoExecutionException}); the message is the CLI's, every password masked.
 */
abstract class AbstractSa01Mojo extends AbstractMojo {

    /** The database: {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE}. Shown with its password masked, also by {@code -X}. */
    @Parameter(property = "sa01.dsn", defaultValue = "${env.SA01_DB_DSN}")
    DsnParameter dsn;

    /** A role that may create databases and the vector extension, for scratch databases (generate). */
    @Parameter(property = "sa01.adminDsn", defaultValue = "${env.SA01_ADMIN_DSN}")
    DsnParameter adminDsn;

    /** The id of a {@code <server>} in settings.xml whose username and password replace the DSN's. */
    @Parameter(property = "sa01.serverId")
    String serverId;

    /** A properties file as {@code --config} takes it (default: {@code migrations.properties} in the project's directory when present). */
    @Parameter(property = "sa01.configFile")
    File configFile;

    /** Skip this goal: checked before anything is parsed or connected. */
    @Parameter(property = "sa01.skip", defaultValue = "false")
    boolean skip;

    /** {@code schema} in migrations.properties. */
    @Parameter(property = "sa01.schema")
    String schema;

    /** {@code version_table}. */
    @Parameter(property = "sa01.versionTable")
    String versionTable;

    /** {@code lock_timeout}, e.g. {@code 5s}. */
    @Parameter(property = "sa01.lockTimeout")
    String lockTimeout;

    /** {@code statement_timeout}. */
    @Parameter(property = "sa01.statementTimeout")
    String statementTimeout;

    /** {@code connect_timeout}. */
    @Parameter(property = "sa01.connectTimeout")
    String connectTimeout;

    /** {@code lock_wait_timeout}. */
    @Parameter(property = "sa01.lockWaitTimeout")
    String lockWaitTimeout;

    /** {@code log_level} (the build's own log level decides what Maven shows). */
    @Parameter(property = "sa01.logLevel")
    String logLevel;

    /** {@code revision_set}: the RevisionSet class, from the plugin's dependencies. */
    @Parameter(property = "sa01.revisionSet")
    String revisionSet;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    /** Passwords seen while resolving (the server's), masked in every message as well as the DSN's. */
    private final List<String> secrets = new ArrayList<>();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sa01: skipped (skip=true)");
            return;
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try {
            run();
        } catch (MigrationException e) {
            String message = redact(e.getMessage());
            if (e.kind() == ErrorKind.FAILED || e.kind() == ErrorKind.DRIFT) {
                throw new MojoFailureException(message);
            }
            throw new MojoExecutionException(message);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException(redact("unexpected failure: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    abstract void run() throws Exception;

    /** The configuration as the CLI resolves it, the parameters in the flags' place. */
    RunnerConfig config() throws MojoExecutionException {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("schema", schema);
        overrides.put("version_table", versionTable);
        overrides.put("lock_timeout", lockTimeout);
        overrides.put("statement_timeout", statementTimeout);
        overrides.put("connect_timeout", connectTimeout);
        overrides.put("lock_wait_timeout", lockWaitTimeout);
        overrides.put("log_level", logLevel);
        overrides.put("revision_set", revisionSet);
        RunnerConfig config = new ConfigLoader(System.getenv(), basedir == null ? null : basedir.toPath())
                .load(configFile == null ? null : configFile.toPath(), dsn == null ? null : dsn.text(), overrides);
        config.dsn().password().ifPresent(secrets::add);
        return serverId == null || serverId.isBlank() ? config : config.withDsn(withServer(config.dsn()));
    }

    /** The admin DSN for scratch databases: {@code adminDsn}, else SA01_ADMIN_DSN, else the local server's postgres. */
    Dsn adminDsn() {
        Dsn admin = AdminDsn.resolve(adminDsn == null ? null : adminDsn.text());
        admin.password().ifPresent(secrets::add);
        return admin;
    }

    private Dsn withServer(Dsn base) throws MojoExecutionException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("no <server> with id '" + serverId + "' in settings.xml (serverId)");
        }
        if (settingsDecrypter != null) {
            SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("cannot decrypt the password of <server> '" + serverId + "': " + problem.getMessage());
                }
            }
            server = result.getServer();
        }
        if (server.getPassword() != null) {
            secrets.add(server.getPassword());
        }
        return base.withCredentials(server.getUsername() != null ? server.getUsername() : base.user(),
                server.getPassword() != null ? server.getPassword() : base.password().orElse(null));
    }

    /** The revision set the configuration names, loaded from the plugin's dependencies. */
    RevisionSet revisions(RunnerConfig config) {
        return RevisionSet.load(config.revisionSet());
    }

    Migrator migrator(RunnerConfig config) {
        return Migrator.configure().config(config).revisions(revisions(config)).load();
    }

    String redact(String text) {
        String out = Redaction.mask(text, null);
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                out = out.replace(secret, "****").replace(java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8), "****");
            }
        }
        return out;
    }

    /** A line of output, passwords masked. */
    void info(String line) {
        getLog().info(redact(line));
    }
}
