package org.somaagent.sa01.tooling.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.ProjectFiles;

/** The committed snapshots are what the revisions generate; when they are not, the build says which and how to fix it. */
class SnapshotsIT {

    static final Path COMMITTED = ProjectFiles.resolve("migrations/src/main/java");
    static final String R0001 = "org/somaagent/sa01/migrations/snapshots/r0001/Snapshot.java";
    /** A snapshot of a revision that does not exist. */
    static final String R0099 = R0001.replace("r0001", "r0099");

    @Test
    void committedSnapshotsMatchTheRevisions() throws Exception {
        List<String> stale = SnapshotsMain.staleFiles(FreshDatabase.admin(), COMMITTED);
        assertThat(stale).as(SnapshotsMain.STALE).isEmpty();
    }

    @Test
    void aStaleOrLeftoverFileIsNamed(@TempDir Path copy) throws Exception {
        for (String snapshot : committedSnapshots()) {
            write(copy.resolve(snapshot), Files.readString(COMMITTED.resolve(snapshot)));
        }
        write(copy.resolve(R0001), Files.readString(COMMITTED.resolve(R0001)).replace("PROMPTS", "PROMPT"));
        write(copy.resolve(R0099), "// a revision that is gone\n");

        List<String> stale = SnapshotsMain.staleFiles(FreshDatabase.admin(), copy);

        assertThat(stale).containsExactlyInAnyOrder(R0001 + " (differs)", R0099 + " (no longer generated)");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path empty) throws Exception {
        assertThat(committedSnapshots()).contains(R0001);
        assertThat(SnapshotsMain.staleFiles(FreshDatabase.admin(), empty))
                .containsExactlyElementsOf(committedSnapshots().stream().map(s -> s + " (not committed)").toList());
    }

    /** The committed snapshot files, relative to COMMITTED, in revision order. */
    private static List<String> committedSnapshots() throws IOException {
        try (var files = Files.walk(COMMITTED.resolve("org/somaagent/sa01/migrations/snapshots"))) {
            return files.filter(f -> f.getFileName().toString().equals("Snapshot.java"))
                    .map(f -> COMMITTED.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Generation writes the missing snapshot, deletes the one of a revision that is gone, and nothing else. */
    @Test
    void generateTouchesOnlySnapshotPackages(@TempDir Path root) throws Exception {
        Path gone = root.resolve(R0001.replace("r0001", "r0099"));
        Path besideSnapshots = root.resolve("org/somaagent/sa01/migrations/snapshots/README.md");
        Path otherPackage = root.resolve("org/somaagent/sa01/migrations/versions/R0001InitialSchema.java");
        Path besideGone = root.resolve(R0001.replace("r0001/Snapshot", "r0098/Notes"));
        Path goneWithNotes = root.resolve(R0001.replace("r0001", "r0098"));
        for (Path file : List.of(gone, besideSnapshots, otherPackage, besideGone, goneWithNotes)) {
            write(file, "// not generated\n");
        }

        SnapshotsMain.generate(FreshDatabase.admin(), root);

        assertThat(root.resolve(R0001)).hasSameTextualContentAs(COMMITTED.resolve(R0001));
        assertThat(gone.getParent()).doesNotExist();
        assertThat(goneWithNotes).doesNotExist();
        assertThat(besideGone).exists();
        assertThat(besideSnapshots).exists();
        assertThat(otherPackage).exists();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
