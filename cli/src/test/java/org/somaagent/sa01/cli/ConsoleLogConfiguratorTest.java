package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ConsoleLogConfiguratorTest {

    @Test
    void plainLinesOnStdoutAndChattyLibrariesQuieted() {
        LoggerContext context = new LoggerContext();
        ExecutionStatus status = new ConsoleLogConfigurator().configure(context);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        ConsoleAppender<ILoggingEvent> out = (ConsoleAppender<ILoggingEvent>) root.getAppender("OUT");
        assertThat(out.getTarget()).isEqualTo("System.out");
        String expected = System.getenv(ConsoleLogConfigurator.PATTERN_VARIABLE) == null ? "%msg%n" : System.getenv(ConsoleLogConfigurator.PATTERN_VARIABLE);
        assertThat(((PatternLayoutEncoder) out.getEncoder()).getPattern()).isEqualTo(expected);
        assertThat(context.getLogger("org.jooq").getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.postgresql").getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void logbackFindsItThroughTheServiceLoader() {
        // the running test JVM was configured by it: the root logger has its appender
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("OUT")).isNotNull();
        assertThat(context.getLogger("org.jooq").getLevel()).isEqualTo(Level.ERROR);
    }
}
