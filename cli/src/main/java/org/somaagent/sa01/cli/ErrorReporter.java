package org.somaagent.sa01.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.BooleanSupplier;
import org.somaagent.sa01.engine.config.Redaction;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one boundary where errors become output and exit codes: one line (or a short block) on
 * stderr, a stack trace only with {@code --verbose}, and every password masked, whatever the
 * exception carried.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {

    private final BooleanSupplier verbose;
    private final BooleanSupplier json;

    ErrorReporter(BooleanSupplier verbose, BooleanSupplier json) {
        this.verbose = verbose;
        this.json = json;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        String message = e instanceof MigrationException m ? m.getMessage()
                : "unexpected failure: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                        + (verbose.getAsBoolean() ? "" : " (rerun with --verbose for the stack trace)");
        if (json.getAsBoolean()) {
            JsonErrors.print(cli, e instanceof MigrationException m ? m.kind() : ErrorKind.FAILED, redact(message));
        }
        err.println("sa01-migrate: error: " + redact(message));
        if (verbose.getAsBoolean()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.println(redact(trace.toString()));
        }
        err.flush();
        return getExitCode(e);
    }

    @Override
    public int getExitCode(Throwable e) {
        return e instanceof MigrationException m ? m.kind().exitCode() : ErrorKind.FAILED.exitCode();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        if (JsonErrors.requested(args)) {
            JsonErrors.print(e.getCommandLine(), ErrorKind.USAGE, redact(e.getMessage()));
        }
        err.println("sa01-migrate: error: " + redact(e.getMessage()) + " (see sa01-migrate " + commandPath(e.getCommandLine()) + " --help)");
        err.flush();
        return ErrorKind.USAGE.exitCode();
    }

    private static String commandPath(CommandLine cli) {
        String name = cli.getCommandSpec().qualifiedName(" ");
        return name.startsWith("sa01-migrate") ? name.substring("sa01-migrate".length()).strip() : name;
    }

    /** No DSN is at hand here (it may be the thing that failed to parse): the patterns catch any password written in one. */
    static String redact(String text) {
        return Redaction.mask(text, null);
    }
}
