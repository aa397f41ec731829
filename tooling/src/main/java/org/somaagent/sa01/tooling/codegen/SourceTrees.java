package org.somaagent.sa01.tooling.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Compares two generated source trees file by file. */
final class SourceTrees {

    private SourceTrees() {}

    /** Relative paths that differ, are missing on one side, or exist only on the other. */
    static List<String> differences(Path expected, Path actual) throws IOException {
        Map<String, String> a = read(expected);
        Map<String, String> b = read(actual);
        List<String> differences = new ArrayList<>();
        a.forEach((path, text) -> {
            if (!b.containsKey(path)) {
                differences.add(path + " (not committed)");
            } else if (!b.get(path).equals(text)) {
                differences.add(path + " (differs)");
            }
        });
        b.keySet().stream().filter(p -> !a.containsKey(p)).forEach(p -> differences.add(p + " (no longer generated)"));
        return differences;
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file).replace("\r\n", "\n"));
            }
        }
        return files;
    }
}
