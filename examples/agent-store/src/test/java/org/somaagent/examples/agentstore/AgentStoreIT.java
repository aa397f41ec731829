package org.somaagent.examples.agentstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.generated.enums.AssetType;
import org.somaagent.sa01.generated.tables.records.MultimodalAssetsRecord;

/** Runs against the database sa01:upgrade brought to head in pre-integration-test (SA01_DB_DSN). */
class AgentStoreIT {

    private static Connection connect() throws Exception {
        String dsn = System.getenv("SA01_DB_DSN");
        assertNotNull(dsn, "SA01_DB_DSN names the database the plugin migrated");
        return AgentStore.connect(dsn);
    }

    @Test
    void writesAndReadsAnAsset() throws Exception {
        try (Connection c = connect()) {
            AgentStore store = AgentStore.on(c);
            UUID id = store.saveImage("tenant-1", "session-1", "s3://assets/cat.png", "image/png", "abc123", 2048);
            MultimodalAssetsRecord asset = store.asset(id).orElseThrow();
            assertEquals(AssetType.image, asset.getAssetType());
            assertEquals("png", asset.getFormat());
            assertEquals("s3://assets/cat.png", asset.getStoragePath());
            assertEquals(2048L, asset.getContentSizeBytes());
        }
    }

    @Test
    void findsTheNearestEmbeddings() throws Exception {
        try (Connection c = connect()) {
            AgentStore store = AgentStore.on(c);
            UUID session = UUID.randomUUID();
            store.remember(session, "about cats", unit(0));
            store.remember(session, "about dogs", unit(1));
            store.remember(session, "about birds", unit(2));
            float[] query = unit(1);
            query[0] = 0.5f;
            assertEquals(List.of("about dogs", "about cats"), store.nearest(session, query, 2));
        }
    }

    /** A 384-dimension vector with 1 at {@code axis}. */
    private static float[] unit(int axis) {
        float[] v = new float[384];
        v[axis] = 1;
        return v;
    }
}
