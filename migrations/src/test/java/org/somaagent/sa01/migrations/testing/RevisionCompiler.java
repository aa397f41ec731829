package org.somaagent.sa01.migrations.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.somaagent.sa01.engine.revision.Revision;

/** Compiles a revision's source as javac would in the build, and loads it. */
public final class RevisionCompiler {

    private RevisionCompiler() {}

    public static Revision compile(String className, String source) throws IOException, ReflectiveOperationException {
        Path dir = Files.createTempDirectory("sa01-revision");
        Path file = dir.resolve("org/somaagent/sa01/migrations/versions/" + className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null,
                List.of("--release", "21", "-Xlint:all", "-Werror", "-cp", System.getProperty("java.class.path"), "-d", dir.toString()),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
        if (!ok) {
            throw new AssertionError("generated revision does not compile:\n" + diagnostics + "\n" + source);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, RevisionCompiler.class.getClassLoader());
        return (Revision) loader.loadClass("org.somaagent.sa01.migrations.versions." + className).getDeclaredConstructor().newInstance();
    }
}
