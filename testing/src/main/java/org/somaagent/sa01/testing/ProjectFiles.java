package org.somaagent.sa01.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository, for tests of what it ships (docker/, scripts). */
public final class ProjectFiles {

    private ProjectFiles() {}

    public static Path root() {
        Path root = Path.of(System.getProperty("sa01.project.dir", "..")).toAbsolutePath().normalize();
        if (!Files.exists(root.resolve("docker"))) {
            throw new IllegalStateException("not the repository root: " + root + " (run through Maven, which sets sa01.project.dir)");
        }
        return root;
    }

    public static Path resolve(String path) {
        return root().resolve(path);
    }
}
