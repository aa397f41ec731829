package org.somaagent.sa01.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code sa01-migrate}: the global options, the verbs, and the exit-code table in {@code --help}. */
@Command(name = "sa01-migrate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Version-controlled, reversible migrations of the somaAgent01 PostgreSQL schema.",
        footerHeading = "%nExit codes:%n", footer = "${sa01.exitCodes}")
public final class RootCommand {

    /**
     * The verbs by name, in {@code --help}'s order. Named here, not in {@code @Command(subcommands)}, so that
     * a run builds picocli's model (reflection, annotation proxies: most of picocli's start-up, see
     * docs/benchmarks.md) of the verb it runs only; {@code VerbsTest} keeps each name its class's.
     */
    static final Map<String, Class<?>> VERBS = verbs(UpgradeCommand.class, DowngradeCommand.class, CurrentCommand.class,
            HistoryCommand.class, HeadsCommand.class, StampCommand.class, RepairCommand.class, CheckCommand.class,
            RevisionCommand.class, LintCommand.class, CommandLine.HelpCommand.class);

    private static Map<String, Class<?>> verbs(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type == CommandLine.HelpCommand.class ? "help" : verbName(type), type);
        }
        return byName;
    }

    /** UpgradeCommand is {@code upgrade}: the class names follow the verbs (VerbsTest checks them against @Command). */
    private static String verbName(Class<?> type) {
        return type.getSimpleName().replace("Command", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The verbs a command line needs: the one it names, when it names exactly one and asks for no help;
     * else all of them (usage, help, a mistyped verb: picocli lists or suggests every verb).
     */
    static Map<String, Class<?>> verbsFor(String... args) {
        List<String> named = Arrays.stream(args).filter(VERBS::containsKey).distinct().toList();
        boolean help = Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help"));
        return named.size() == 1 && !help ? Map.of(named.get(0), VERBS.get(named.get(0))) : VERBS;
    }

    @Option(names = "--dsn", scope = ScopeType.INHERIT, paramLabel = "DSN",
            description = "database to migrate (overrides SA01_DB_DSN and the properties file); postgresql://USER:PASSWORD@HOST:PORT/DATABASE")
    String dsn;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "properties file (default: SA01_MIGRATIONS_CONFIG, else ./migrations.properties)")
    Path config;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "log every statement; stack traces on errors")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "print only warnings and errors")
    boolean quiet;

    /** {@code --output json}: one JSON document on stdout (docs/json-output.md), the log on stderr. */
    enum Output { text, json }

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document on stdout for upgrade, downgrade, stamp, current, history, "
                    + "check and lint, errors included (docs/json-output.md); the log goes to stderr")
    Output output = Output.text;

    boolean json() {
        return output == Output.json;
    }

    /** The command line for {@code args}: the root and the verbs {@link #verbsFor} picks. */
    public static CommandLine commandLine(String... args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("sa01.exitCodes", exitCodeTable());
        RootCommand root = new RootCommand();
        CommandLine cli = new CommandLine(root);
        verbsFor(args).forEach(cli::addSubcommand);
        ErrorReporter reporter = new ErrorReporter(() -> root.verbose, root::json);
        cli.setExecutionExceptionHandler(reporter);
        cli.setExitCodeExceptionMapper(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli;
    }

    static String exitCodeTable() {
        StringBuilder s = new StringBuilder();
        for (ErrorKind kind : ErrorKind.values()) {
            // concatenation, not String.format: Formatter's locale set-up costs a cold JVM ~5 ms
            s.append("  ").append(kind.exitCode()).append("  ").append(kind.meaning()).append(System.lineSeparator());
        }
        return s.toString();
    }

    /** Resolves the configuration and sets the log level; every database verb starts here. */
    RunnerConfig loadConfig() {
        RunnerConfig cfg = ConfigLoader.fromEnvironment().load(config, dsn);
        Logger rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLogger.setLevel(verbose ? Level.DEBUG : quiet ? Level.WARN : Level.toLevel(cfg.logLevel(), Level.INFO));
        if (json() && rootLogger.getAppender("OUT") instanceof ch.qos.logback.core.ConsoleAppender<?> console) {
            // stdout is the JSON document's alone
            console.stop();
            console.setTarget("System.err");
            console.start();
        }
        return cfg;
    }

    RevisionGraph graph(RunnerConfig cfg) {
        return RevisionGraph.of(RevisionSet.load(cfg.revisionSet()));
    }

    /** The desired schema at head that the configured revision set declares, for check, lint and autogenerate. */
    SchemaDef model(RunnerConfig cfg) {
        return RevisionSet.load(cfg.revisionSet()).model().orElseThrow(() -> MigrationException.usage("revision_set "
                + cfg.revisionSet() + " declares no model (RevisionSet.model()): this verb compares with it"));
    }

    static final class Version implements CommandLine.IVersionProvider {
        public String[] getVersion() {
            String v = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sa01-migrate " + (v == null ? "dev" : v)};
        }
    }
}
