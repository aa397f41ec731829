package org.somaagent.sa01.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;
import org.slf4j.Logger;

/**
 * sa01-migrate's output is its log: plain lines on stdout; {@code SA01_LOG_PATTERN} adds
 * timestamps (the docker entrypoint does). Configured in code, found by Logback's ServiceLoader,
 * because parsing a logback.xml costs about 15 ms of every run (docs/benchmarks.md).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {

    static final String PATTERN_VARIABLE = "SA01_LOG_PATTERN";

    /**
     * Libraries that talk too much at INFO. jOOQ at ERROR: the Open Source edition warns on every
     * connection that PostgreSQL 15 is older than its dialect's reference version, and the SQL
     * sa01-migrate issues is plain PostgreSQL 15 SQL (tests run on 15).
     */
    private static final Map<String, Level> QUIET = Map.of(
            "org.jooq", Level.ERROR,
            "org.postgresql", Level.WARN,
            "io.r2dbc", Level.WARN,
            "reactor", Level.WARN,
            "io.netty", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        String pattern = System.getenv(PATTERN_VARIABLE);
        encoder.setPattern(pattern == null || pattern.isBlank() ? "%msg%n" : pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
        out.setContext(context);
        out.setName("OUT");
        out.setEncoder(encoder);
        out.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(out);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
