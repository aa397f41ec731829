package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.engine.model.ColumnDefault.jsonb;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnType.BIGSERIAL;
import static org.somaagent.sa01.engine.model.ColumnType.JSONB;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;
import static org.somaagent.sa01.engine.model.ColumnType.vector;

import java.util.List;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/**
 * Session text embeddings for similarity search (legacy script 021). The legacy script's foreign
 * key to {@code sessions} is not declared: no script creates that table (see the legacy README),
 * and adoption leaves the key in place where a deployment has one.
 */
final class SessionEmbeddingSchema {

    private SessionEmbeddingSchema() {}

    /** 384 dimensions: the embedding model somaAgent01 uses. */
    static final int DIMENSIONS = 384;

    static final TableDef SESSION_EMBEDDINGS = TableDef.named("session_embeddings")
            .notNull("id", BIGSERIAL)
            .notNull("session_id", UUID)
            .notNull("text", TEXT)
            .nullable("vector", vector(DIMENSIONS))
            .nullable("metadata", JSONB, jsonb("{}"))
            .nullable("created_at", TIMESTAMPTZ, now())
            .primaryKey("session_embeddings_pkey", "id")
            .unique("session_embeddings_session_id_text_key", "session_id", "text")
            .build();

    static List<SchemaObject> objects() {
        return List.of(SESSION_EMBEDDINGS,
                IndexDef.ivfflat("ix_session_embeddings_vector", "session_embeddings", "vector", "vector_cosine_ops", 100));
    }
}
