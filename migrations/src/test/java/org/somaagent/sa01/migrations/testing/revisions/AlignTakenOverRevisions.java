package org.somaagent.sa01.migrations.testing.revisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.revision.ForeignVersions;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.testing.TestRevision;

/**
 * somaAgent01's revisions followed by the ordinary revision docs/alembic-takeover.md shows: it
 * removes the differences a takeover of upstream's Alembic leaves (two names, a default, six
 * comments) and is a no-op on a database our revisions built, so it may run on both.
 */
public final class AlignTakenOverRevisions implements ExtendsSa01 {

    static final List<String> UPSTREAM_COMMENTED = List.of("task_registry", "task_artifacts", "tool_catalog", "tenant_tool_flags",
            "prompts", "session_embeddings");

    @Override
    public List<Revision> revisions() {
        List<Revision> revisions = new ArrayList<>(new Sa01Revisions().revisions());
        revisions.add(TestRevision.of("0004_align_upstream_names", "0003_add_agent_skins", AlignTakenOverRevisions::upgrade, dsl -> List.of()));
        return revisions;
    }

    @Override
    public Optional<ForeignVersions> foreignVersions() {
        return Optional.of(Sa01Revisions.UPSTREAM_ALEMBIC);
    }

    private static List<Query> upgrade(DSLContext dsl) {
        List<Query> queries = new ArrayList<>();
        // Renaming a constraint's index renames the constraint too; IF EXISTS makes both a no-op where our names are already there.
        queries.add(dsl.alterIndexIfExists("session_embeddings_session_text_key").renameTo("session_embeddings_session_id_text_key"));
        queries.add(dsl.alterIndexIfExists("session_embeddings_vector_idx").renameTo("ix_session_embeddings_vector"));
        queries.add(dsl.alterTable("session_embeddings").alterColumn(DSL.field(DSL.name("metadata"), SQLDataType.JSONB))
                .setDefault(DSL.inline(JSONB.valueOf("{}"))));
        // An empty comment removes it (PostgreSQL's COMMENT ... IS '' is IS NULL).
        UPSTREAM_COMMENTED.forEach(table -> queries.add(dsl.commentOnTable(table).is("")));
        return queries;
    }
}
