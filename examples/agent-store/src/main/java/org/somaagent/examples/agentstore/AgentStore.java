package org.somaagent.examples.agentstore;

import static org.somaagent.sa01.generated.Tables.MULTIMODAL_ASSETS;
import static org.somaagent.sa01.generated.Tables.SESSION_EMBEDDINGS;

import com.pgvector.PGvector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.JdbcSettings;
import org.somaagent.sa01.generated.enums.AssetType;
import org.somaagent.sa01.generated.tables.records.MultimodalAssetsRecord;

/**
 * An agent's storage through the classes sa01:generate writes: multimodal assets (an enum column,
 * bytes or a storage path) and session embeddings (a pgvector {@code vector(384)} column) searched
 * by distance. Every table and column name here is checked by the compiler against head.
 */
public final class AgentStore {

    private final DSLContext dsl;

    public AgentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A connection for a DSN as somaAgent01 writes it ({@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE}). */
    public static Connection connect(String dsn) throws SQLException {
        JdbcSettings jdbc = Dsn.parse(dsn).jdbc();
        return DriverManager.getConnection(jdbc.url(), jdbc.properties());
    }

    public static AgentStore on(Connection connection) {
        return new AgentStore(DSL.using(connection, SQLDialect.POSTGRES));
    }

    /** Stores an image kept in object storage; returns its id. */
    public UUID saveImage(String tenantId, String sessionId, String storagePath, String mimeType, String sha256, long size) {
        return dsl.insertInto(MULTIMODAL_ASSETS)
                .set(MULTIMODAL_ASSETS.TENANT_ID, tenantId)
                .set(MULTIMODAL_ASSETS.SESSION_ID, sessionId)
                .set(MULTIMODAL_ASSETS.ASSET_TYPE, AssetType.image)
                .set(MULTIMODAL_ASSETS.FORMAT, mimeType.substring(mimeType.indexOf('/') + 1))
                .set(MULTIMODAL_ASSETS.STORAGE_PATH, storagePath)
                .set(MULTIMODAL_ASSETS.MIME_TYPE, mimeType)
                .set(MULTIMODAL_ASSETS.CHECKSUM_SHA256, sha256)
                .set(MULTIMODAL_ASSETS.CONTENT_SIZE_BYTES, size)
                .returning(MULTIMODAL_ASSETS.ID)
                .fetchOne(MULTIMODAL_ASSETS.ID);
    }

    public Optional<MultimodalAssetsRecord> asset(UUID id) {
        return dsl.selectFrom(MULTIMODAL_ASSETS).where(MULTIMODAL_ASSETS.ID.eq(id)).fetchOptional();
    }

    /** Remembers a piece of a session's text with its embedding; returns the row's id. */
    public long remember(UUID sessionId, String text, float[] embedding) {
        return dsl.insertInto(SESSION_EMBEDDINGS)
                .set(SESSION_EMBEDDINGS.SESSION_ID, sessionId)
                .set(SESSION_EMBEDDINGS.TEXT, text)
                .set(SESSION_EMBEDDINGS.VECTOR, new PGvector(embedding))
                .returning(SESSION_EMBEDDINGS.ID)
                .fetchOne(SESSION_EMBEDDINGS.ID);
    }

    /** The session's texts nearest to {@code query} by Euclidean distance (pgvector's {@code <->}). */
    public List<String> nearest(UUID sessionId, float[] query, int limit) {
        Field<Double> distance = DSL.field("{0} <-> {1}", Double.class, SESSION_EMBEDDINGS.VECTOR,
                DSL.val(new PGvector(query), SESSION_EMBEDDINGS.VECTOR.getDataType()));
        return dsl.select(SESSION_EMBEDDINGS.TEXT).from(SESSION_EMBEDDINGS)
                .where(SESSION_EMBEDDINGS.SESSION_ID.eq(sessionId))
                .orderBy(distance)
                .limit(limit)
                .fetch(SESSION_EMBEDDINGS.TEXT);
    }
}
