package org.somaagent.sa01.cli;

/** Entry point of {@code sa01-migrate}: dispatch and exit, nothing else. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(RootCommand.commandLine(args).execute(args));
    }
}
