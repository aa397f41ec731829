package org.somaagent.sa01.tooling.snapshots;

import java.nio.file.Path;
import java.util.List;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.tooling.codegen.CodegenMain;

/**
 * {@code generate DIR} (make snapshots) writes the snapshot of every revision into the source root
 * DIR and deletes those of revisions that are gone; {@code check DIR} fails, naming the files, when
 * the committed snapshots differ from what the revisions generate.
 */
public final class SnapshotsMain {

    public static final String STALE = "snapshots are stale: run make snapshots";

    private SnapshotsMain() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length != 2 || !List.of("generate", "check").contains(args[0])) {
            System.err.println("usage: SnapshotsMain generate|check SOURCE_ROOT (admin DSN from " + CodegenMain.ENV_ADMIN_DSN + ")");
            System.exit(2);
        }
        Path sourceRoot = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("generate")) {
                generate(CodegenMain.adminDsn(), sourceRoot);
                System.out.println("snapshots: generated into " + sourceRoot);
            } else {
                List<String> stale = staleFiles(CodegenMain.adminDsn(), sourceRoot);
                if (!stale.isEmpty()) {
                    System.err.println(STALE + " (" + String.join(", ", stale) + ")");
                    System.exit(1);
                }
                System.out.println("snapshots: " + sourceRoot + " matches the revisions");
            }
        } catch (MigrationException e) {
            System.err.println("snapshots: " + e.getMessage());
            System.exit(e.kind().exitCode());
        }
    }

    public static void generate(Dsn admin, Path sourceRoot) throws Exception {
        SnapshotFiles.write(SnapshotGenerator.renderAll(admin), sourceRoot);
    }

    /** Snapshot files under {@code sourceRoot} that differ from what the revisions generate; empty when current. */
    public static List<String> staleFiles(Dsn admin, Path sourceRoot) throws Exception {
        return SnapshotFiles.differences(SnapshotGenerator.renderAll(admin), sourceRoot);
    }
}
