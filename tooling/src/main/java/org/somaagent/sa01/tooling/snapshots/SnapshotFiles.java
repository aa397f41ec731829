package org.somaagent.sa01.tooling.snapshots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshot files under a source root: {@code snapshots/rNNNN/Snapshot.java} and nothing else.
 * Only these are compared, written or deleted, so hand-written code beside them is never touched.
 */
final class SnapshotFiles {

    private static final Path DIRECTORY = Path.of(SnapshotGenerator.PACKAGE.replace('.', '/'));
    private static final Pattern REVISION_PACKAGE = Pattern.compile("r\\d{4}");
    private static final String FILE = "Snapshot.java";

    private SnapshotFiles() {}

    /** Committed snapshot files that differ from {@code generated}, with why; empty when current. */
    static List<String> differences(SortedMap<String, String> generated, Path sourceRoot) throws IOException {
        Map<String, String> committed = read(sourceRoot);
        List<String> differences = new ArrayList<>();
        generated.forEach((path, text) -> {
            if (!committed.containsKey(path)) {
                differences.add(path + " (not committed)");
            } else if (!committed.get(path).equals(text)) {
                differences.add(path + " (differs)");
            }
        });
        committed.keySet().stream().filter(p -> !generated.containsKey(p))
                .forEach(p -> differences.add(p + " (no longer generated)"));
        return differences;
    }

    /** Writes what changed and deletes the snapshots of revisions that are gone. */
    static void write(SortedMap<String, String> generated, Path sourceRoot) throws IOException {
        Map<String, String> committed = read(sourceRoot);
        for (Map.Entry<String, String> file : generated.entrySet()) {
            if (!file.getValue().equals(committed.get(file.getKey()))) {
                Path target = sourceRoot.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        }
        for (String gone : committed.keySet().stream().filter(p -> !generated.containsKey(p)).toList()) {
            Path file = sourceRoot.resolve(gone);
            Files.delete(file);
            try (Stream<Path> rest = Files.list(file.getParent())) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(file.getParent());  // anything else someone put there stays, with its package
                }
            }
        }
    }

    /** Relative path to text of every {@code rNNNN/Snapshot.java}, line endings normalised. */
    private static Map<String, String> read(Path sourceRoot) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path directory = sourceRoot.resolve(DIRECTORY);
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> packages = Files.list(directory)) {
            for (Path revisionPackage : packages.toList()) {
                Path file = revisionPackage.resolve(FILE);
                if (REVISION_PACKAGE.matcher(revisionPackage.getFileName().toString()).matches() && Files.isRegularFile(file)) {
                    String relative = sourceRoot.relativize(file).toString().replace('\\', '/');
                    files.put(relative, Files.readString(file).replace("\r\n", "\n"));
                }
            }
        }
        return files;
    }
}
