package org.somaagent.sa01.engine.error;

/**
 * Every way sa01-migrate can end, and its exit code. This enum is the one place exit codes are
 * defined; {@code --help} and the README table are generated from / checked against it.
 */
public enum ErrorKind {
    OK(0, "success; check found no drift; a runner that waited found the work done"),
    FAILED(1, "a revision failed (rolled back, database left at its parent) or was refused "
            + "(checksum mismatch, database newer than the code, data loss without --allow-data-loss, lock timeout)"),
    USAGE(2, "usage or configuration error: bad flags, malformed DSN, unknown revision, unreadable properties file"),
    DRIFT(3, "check found differences between the database and head"),
    CONNECT(4, "cannot connect: server unreachable within the connect timeout, authentication or database missing");

    private final int exitCode;
    private final String meaning;

    ErrorKind(int exitCode, String meaning) {
        this.exitCode = exitCode;
        this.meaning = meaning;
    }

    public int exitCode() {
        return exitCode;
    }

    public String meaning() {
        return meaning;
    }
}
