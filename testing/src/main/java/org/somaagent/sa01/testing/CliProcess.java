package org.somaagent.sa01.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code sa01-migrate} as a real process (a JVM on the test class path, so test revision
 * sets are there): real exit codes, real stdout and stderr, a real kill -9.
 */
public final class CliProcess {

    public record Result(int exitCode, String stdout, String stderr) {
        public String output() {
            return stdout + stderr;
        }
    }

    private CliProcess() {}

    public static Process start(Map<String, String> env, String... args) throws IOException {
        return start(List.of(), env, args);
    }

    /** With options for the JVM (such as {@code -Xlog:class+load}), given before the main class. */
    public static Process start(List<String> jvmOptions, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.somaagent.sa01.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SA01_DB_DSN");
        pb.environment().remove("SA01_MIGRATIONS_CONFIG");
        pb.environment().putAll(env);
        pb.directory(Files.createTempDirectory("sa01-cli").toFile()); // no migrations.properties picked up by accident
        return pb.start();
    }

    public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return await(start(env, args));
    }

    public static Result await(Process process) throws IOException, InterruptedException {
        var out = process.getInputStream();
        var err = process.getErrorStream();
        byte[][] errBytes = new byte[1][];
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                errBytes[0] = err.readAllBytes();
            } catch (IOException e) {
                errBytes[0] = new byte[0];
            }
        });
        String stdout = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("sa01-migrate did not finish in 120 s");
        }
        errReader.join();
        return new Result(process.exitValue(), stdout, new String(errBytes[0], StandardCharsets.UTF_8));
    }

    /** A properties file naming a test revision set. */
    public static Path configWithRevisionSet(Class<?> revisionSet) throws IOException {
        Path file = Files.createTempFile("sa01-test", ".properties");
        Files.writeString(file, "revision_set=" + revisionSet.getName() + "\nconnect_timeout=10s\n");
        return file;
    }
}
