package org.somaagent.sa01.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.somaagent.sa01.generated.Tables.MULTIMODAL_ASSETS;
import static org.somaagent.sa01.generated.Tables.SESSION_EMBEDDINGS;

import com.pgvector.PGvector;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.generated.enums.AssetType;
import org.somaagent.sa01.generated.tables.records.MultimodalAssetsRecord;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/** Application code's view: the generated tables, records and enums against a database at head. */
@ExtendWith(FreshDatabase.class)
class TypedAccessIT {

    @Test
    void enumsJsonbByteaAndVectorsRoundTripThroughGeneratedClasses(TestDatabase db) {
        db.migrator().upgrade("head");
        DSLContext dsl = db.dsl();

        MultimodalAssetsRecord asset = dsl.newRecord(MULTIMODAL_ASSETS);
        asset.setTenantId("acme");
        asset.setAssetType(AssetType.screenshot);
        asset.setFormat("png");
        asset.setContent(new byte[] {1, 2, 3});
        asset.setChecksumSha256("c0ffee");
        asset.setMimeType("image/png");
        asset.setMetadata(JSONB.valueOf("{\"k\": \"v\"}"));
        asset.store();
        assertThat(dsl.selectFrom(MULTIMODAL_ASSETS).where(MULTIMODAL_ASSETS.ID.eq(asset.getId())).fetchOne())
                .satisfies(r -> {
                    assertThat(r.getAssetType()).isEqualTo(AssetType.screenshot);
                    assertThat(r.getContent()).containsExactly(1, 2, 3);
                    assertThat(r.getMetadata().data()).contains("\"k\"");
                });

        float[] embedding = new float[384];
        embedding[0] = 0.25f;
        embedding[383] = -1f;
        dsl.insertInto(SESSION_EMBEDDINGS, SESSION_EMBEDDINGS.SESSION_ID, SESSION_EMBEDDINGS.TEXT, SESSION_EMBEDDINGS.VECTOR)
                .values(UUID.randomUUID(), "hello", new PGvector(embedding)).execute();
        PGvector back = dsl.select(SESSION_EMBEDDINGS.VECTOR).from(SESSION_EMBEDDINGS).fetchOne(SESSION_EMBEDDINGS.VECTOR);
        assertThat(back.toArray()).containsExactly(embedding);
    }
}
