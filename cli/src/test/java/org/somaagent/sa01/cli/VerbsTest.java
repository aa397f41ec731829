package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The verbs by name, and the command line building only the verb it runs (the others only for help and usage). */
class VerbsTest {

    @Test
    void eachVerbIsNamedAsItsCommand() {
        RootCommand.VERBS.forEach((name, type) -> assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
        assertThat(RootCommand.VERBS).containsKeys("upgrade", "downgrade", "current", "history", "heads", "stamp", "repair", "check",
                "revision", "lint", "help");
    }

    @Test
    void aRunBuildsTheVerbItNamesOnly() {
        assertThat(RootCommand.commandLine("--dsn", "postgresql://x@h/db", "upgrade", "head").getSubcommands()).containsOnlyKeys("upgrade");
        assertThat(RootCommand.verbsFor("--quiet", "history", "--output", "json")).containsOnlyKeys("history");
    }

    @Test
    void helpUsageAndMistakesGetEveryVerb() {
        assertThat(RootCommand.commandLine("--help").getSubcommands()).containsOnlyKeys(RootCommand.VERBS.keySet().toArray(String[]::new));
        assertThat(RootCommand.verbsFor("help", "upgrade")).isEqualTo(RootCommand.VERBS);
        assertThat(RootCommand.verbsFor("upgrade", "--help")).isEqualTo(RootCommand.VERBS);
        assertThat(RootCommand.verbsFor("upgarde")).isEqualTo(RootCommand.VERBS);
        assertThat(RootCommand.verbsFor()).isEqualTo(RootCommand.VERBS);
    }
}
