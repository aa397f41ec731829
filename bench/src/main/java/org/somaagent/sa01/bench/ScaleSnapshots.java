package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.somaagent.sa01.engine.config.ConfigLoader;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.migrations.testing.scale.ScaleRevisions;
import org.somaagent.sa01.tooling.snapshots.SnapshotGenerator;

/** {@code ScaleSnapshots TABLES DIR}: what make snapshots does, for the generated schema of TABLES tables, into DIR (ScaleBench times it). */
public final class ScaleSnapshots {

    private ScaleSnapshots() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        Dsn admin = AdminDsn.resolve(null);
        // By its class, as revision_set names it: the set's jar carries its checksums (BuildChecksums).
        RevisionGraph graph = RevisionGraph.of(RevisionSet.load(ScaleRevisions.named(Integer.parseInt(args[0])).getName()));
        for (Map.Entry<String, String> file : SnapshotGenerator.renderAll(admin, ConfigLoader.defaults(admin), graph).entrySet()) {
            Path target = Path.of(args[1]).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }
}
