package org.somaagent.sa01.schema;

import static org.somaagent.sa01.engine.model.ColumnDefault.bool;
import static org.somaagent.sa01.engine.model.ColumnDefault.genRandomUuid;
import static org.somaagent.sa01.engine.model.ColumnDefault.jsonb;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnType.BOOLEAN;
import static org.somaagent.sa01.engine.model.ColumnType.JSONB;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;
import static org.somaagent.sa01.schema.RunReceiptsSchema.col;

import java.util.List;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.FunctionDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.model.TriggerDef;

/**
 * AgentSkin UI themes: CSS variables per tenant, with the two built-in themes (upstream
 * somaAgent01's revision 003). The check constraints carry the names PostgreSQL generated for
 * upstream's unnamed ones.
 */
final class AgentSkinsSchema {

    private AgentSkinsSchema() {}

    /** The tenant the built-in themes belong to. */
    static final java.util.UUID BUILT_IN_TENANT = java.util.UUID.fromString("00000000-0000-0000-0000-000000000000");

    static final TableDef AGENT_SKINS = TableDef.named("agent_skins")
            .notNull("id", UUID, genRandomUuid())
            .notNull("tenant_id", UUID)
            .notNull("name", TEXT)
            .nullable("description", TEXT)
            .notNull("version", TEXT)
            .nullable("author", TEXT)
            .notNull("variables", JSONB, jsonb("{}"))
            .nullable("changelog", JSONB, jsonb("[]"))
            .notNull("is_approved", BOOLEAN, bool(false))
            .notNull("created_at", TIMESTAMPTZ, now())
            .notNull("updated_at", TIMESTAMPTZ, now())
            .primaryKey("agent_skins_pkey", "id")
            .unique("uq_skins_tenant_name", "tenant_id", "name")
            .check("agent_skins_name_check", DSL.charLength(text("name")).le(DSL.inline(50)))
            .check("agent_skins_description_check", DSL.charLength(text("description")).le(DSL.inline(200)))
            .check("agent_skins_author_check", DSL.charLength(text("author")).le(DSL.inline(100)))
            .check("agent_skins_version_check", col("version").likeRegex("^[0-9]+\\.[0-9]+\\.[0-9]+$"))
            .comment("AgentSkin UIX theme definitions with JSONB CSS variables")
            .build();

    static final FunctionDef TOUCH_UPDATED_AT = new FunctionDef("update_agent_skins_updated_at", """

            BEGIN
                NEW.updated_at = NOW();
                RETURN NEW;
            END;
            """);

    static final SeedRows BUILT_IN_THEMES = SeedRows.into("agent_skins", "tenant_id", "name")
            .row("tenant_id", BUILT_IN_TENANT, "name", "default", "description", "Default light theme",
                    "version", "1.0.0", "author", "SomaTech", "is_approved", true,
                    "variables", json("{\"--bg-void\": \"#fcfcfc\", \"--glass-surface\": \"rgba(255, 255, 255, 0.95)\", "
                            + "\"--glass-border\": \"rgba(0, 0, 0, 0.04)\", \"--text-main\": \"#334155\", "
                            + "\"--text-dim\": \"#94a3b8\", \"--accent-slate\": \"#64748b\"}"))
            .row("tenant_id", BUILT_IN_TENANT, "name", "midnight", "description", "Dark midnight theme",
                    "version", "1.0.0", "author", "SomaTech", "is_approved", true,
                    "variables", json("{\"--bg-void\": \"#0f172a\", \"--glass-surface\": \"rgba(30, 41, 59, 0.85)\", "
                            + "\"--glass-border\": \"rgba(255, 255, 255, 0.05)\", \"--text-main\": \"#e2e8f0\", "
                            + "\"--text-dim\": \"#64748b\", \"--accent-slate\": \"#94a3b8\"}"))
            .build();

    static List<SchemaObject> objects() {
        return List.of(AGENT_SKINS,
                IndexDef.btree("idx_skins_tenant", "agent_skins", col("tenant_id")),
                IndexDef.partial("idx_skins_approved", "agent_skins", col("is_approved").eq(DSL.inline(true)), col("is_approved")),
                IndexDef.btree("idx_skins_name", "agent_skins", col("name")),
                IndexDef.btree("idx_skins_created", "agent_skins", col("created_at").desc()),
                IndexDef.gin("idx_skins_variables", "agent_skins", "variables"),
                TOUCH_UPDATED_AT,
                new TriggerDef("trigger_skins_updated_at", "agent_skins", TOUCH_UPDATED_AT.name()),
                BUILT_IN_THEMES);
    }

    private static org.jooq.Field<String> text(String column) {
        return DSL.field(DSL.name(column), String.class);
    }

    private static org.jooq.Field<org.jooq.JSONB> json(String json) {
        return DSL.inline(org.jooq.JSONB.valueOf(json));
    }
}
