package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * {@code upgrade head} on a database already at head, the run of every deploy, initialises no jOOQ:
 * the lock, the session settings and the version table's reads are plain JDBC, the applied
 * revisions are compared with the checksums the build computed, and nothing is rendered (issue
 * #16: jOOQ's static initialisation was a large part of that run). Told by the classes the real
 * process loads ({@code -Xlog:class+load}); the run that migrates the empty database first shows
 * the same log does record jOOQ when jOOQ is used.
 */
@ExtendWith(FreshDatabase.class)
class AtHeadClassLoadingIT {

    private static final Pattern LOADED = Pattern.compile("^\\S+ (\\S+) source: ", Pattern.MULTILINE);

    @Test
    void upgradeAtHeadLoadsNoJooqImplementationClass(TestDatabase db) throws Exception {
        List<String> fromEmpty = loadedClasses(db, "upgrade", "head");
        assertThat(fromEmpty).as("the empty -> head run renders its revisions with jOOQ").contains("org.jooq.impl.DSL");

        List<String> atHead = loadedClasses(db, "upgrade", "head");

        assertThat(atHead).as("some classes were logged").contains("org.somaagent.sa01.engine.runner.AdvisoryLock");
        assertThat(atHead.stream().filter(c -> c.startsWith("org.jooq.impl.")).limit(10))
                .as("jOOQ classes an at-head run loaded (the first ten)").isEmpty();
    }

    /** The classes a real sa01-migrate process loaded, by name; asserts it succeeded. */
    private static List<String> loadedClasses(TestDatabase db, String... verb) throws Exception {
        Path log = Files.createTempFile("sa01-class-load", ".log");
        try {
            String[] args = new String[verb.length + 2];
            args[0] = "--dsn";
            args[1] = db.dsn().toLibpqUri();
            System.arraycopy(verb, 0, args, 2, verb.length);
            CliProcess.Result result = CliProcess.await(CliProcess.start(List.of("-Xlog:class+load=info:file=" + log), Map.of(), args));
            assertThat(result.exitCode()).as(result.output()).isZero();
            Matcher m = LOADED.matcher(Files.readString(log));
            List<String> classes = new java.util.ArrayList<>();
            while (m.find()) {
                classes.add(m.group(1));
            }
            return classes;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
