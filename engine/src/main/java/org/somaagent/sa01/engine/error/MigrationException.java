package org.somaagent.sa01.engine.error;

/**
 * The one exception type below the CLI: it carries the {@link ErrorKind} the CLI turns into an
 * exit code, and a message already fit for the user (one line first; no password anywhere).
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    public MigrationException(ErrorKind kind, String message) {
        this(kind, message, null);
    }

    public MigrationException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    public static MigrationException usage(String message) {
        return new MigrationException(ErrorKind.USAGE, message);
    }

    public static MigrationException failed(String message) {
        return new MigrationException(ErrorKind.FAILED, message);
    }
}
