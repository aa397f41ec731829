package org.somaagent.sa01.tooling.snapshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources the way the project would: release 21, all lints, warnings fail. */
final class InMemoryCompiler {

    private InMemoryCompiler() {}

    static URLClassLoader compile(Map<String, String> sources, Path workDir) throws IOException {
        Path src = workDir.resolve("src");
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        for (Map.Entry<String, String> file : sources.entrySet()) {
            Path path = src.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(
                    sources.keySet().stream().map(src::resolve).toList());
            List<String> options = List.of("--release", "21", "-Xlint:all,-serial", "-Werror",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                throw new AssertionError("generated snapshot does not compile cleanly:\n" + diagnostics.getDiagnostics()
                        .stream().map(Object::toString).collect(Collectors.joining("\n")));
            }
        }
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
