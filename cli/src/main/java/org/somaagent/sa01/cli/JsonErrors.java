package org.somaagent.sa01.cli;

import java.util.Arrays;
import org.somaagent.sa01.engine.error.ErrorKind;
import picocli.CommandLine;

/** With {@code --output json}, an error is a JSON document on stdout too (the stderr line stays): docs/json-output.md. */
final class JsonErrors {

    private JsonErrors() {}

    /** {@code --output json} among arguments picocli could not parse. */
    static boolean requested(String[] args) {
        int i = Arrays.asList(args).indexOf("--output");
        return Arrays.asList(args).contains("--output=json") || (i >= 0 && i + 1 < args.length && args[i + 1].equals("json"));
    }

    static void print(CommandLine cli, ErrorKind kind, String message) {
        cli.getOut().println(Json.write(Json.object("command", cli.getCommandName(), "ok", false,
                "error", Json.object("kind", kind.name().toLowerCase(), "exitCode", kind.exitCode(), "message", message))));
        cli.getOut().flush();
    }
}
