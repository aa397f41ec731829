package org.somaagent.sa01.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whole-process timings: what a user or an init container waits for. */
final class Processes {

    private Processes() {}

    /** The java launcher of the JDK the runs use: the make targets' JAVA_HOME, else this JVM's. */
    static String java() {
        return Path.of(System.getenv().getOrDefault("JAVA_HOME", System.getProperty("java.home")), "bin", "java").toString();
    }

    /**
     * The start of every JVM command line the bench times: the launcher and the flags bin/sa01-migrate starts
     * its JVM with (C1 only, serial GC), so sa01-migrate, Flyway and the baselines get the same help.
     */
    static List<String> shortRunJvm(String... more) {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(List.of(more));
        return command;
    }

    /** What a command printed (stdout and stderr together) and its exit code. */
    record Output(int exit, String text) {}

    /** Runs a command to completion, whatever its exit code. */
    static Output run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        return new Output(p.waitFor(), text);
    }

    /** Runs a command to completion; returns its wall time in ms, failing on a non-zero exit. */
    static double time(Path directory, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes());
        int exit = p.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit + ": " + err.strip());
        }
        return ms;
    }
}
