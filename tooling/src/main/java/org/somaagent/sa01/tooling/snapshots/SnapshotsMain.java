package org.somaagent.sa01.tooling.snapshots;

import java.nio.file.Path;
import java.util.List;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.tooling.source.GenerateOrCheck;

/**
 * {@code generate DIR} (make snapshots) writes the snapshot of every revision into the source root
 * DIR and deletes those of revisions that are gone; {@code check DIR} fails, naming the files, when
 * the committed snapshots differ from what the revisions generate.
 */
public final class SnapshotsMain {

    public static final String STALE = "snapshots are stale: run make snapshots";

    private SnapshotsMain() {}

    public static void main(String[] args) throws Exception {
        GenerateOrCheck.main(args, new GenerateOrCheck.Texts("snapshots", "SnapshotsMain", "SOURCE_ROOT", STALE, Integer.MAX_VALUE,
                "the revisions"), SnapshotsMain::generate, SnapshotsMain::staleFiles);
    }

    public static void generate(Dsn admin, Path sourceRoot) throws Exception {
        SnapshotFiles.write(SnapshotGenerator.renderAll(admin), sourceRoot);
    }

    /** Snapshot files under {@code sourceRoot} that differ from what the revisions generate; empty when current. */
    public static List<String> staleFiles(Dsn admin, Path sourceRoot) throws Exception {
        return SnapshotFiles.differences(SnapshotGenerator.renderAll(admin), sourceRoot);
    }
}
