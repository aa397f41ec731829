package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.schema.baseline.Columns.col;
import static org.somaagent.sa01.schema.baseline.Sa01Enums.ASSET_TYPE;
import static org.somaagent.sa01.schema.baseline.Sa01Enums.CAPABILITY_HEALTH;
import static org.somaagent.sa01.schema.baseline.Sa01Enums.COST_TIER;
import static org.somaagent.sa01.schema.baseline.Sa01Enums.EXECUTION_STATUS;
import static org.somaagent.sa01.schema.baseline.Sa01Enums.JOB_STATUS;
import static org.somaagent.sa01.engine.model.ColumnDefault.bool;
import static org.somaagent.sa01.engine.model.ColumnDefault.enumLabel;
import static org.somaagent.sa01.engine.model.ColumnDefault.genRandomUuid;
import static org.somaagent.sa01.engine.model.ColumnDefault.integer;
import static org.somaagent.sa01.engine.model.ColumnDefault.jsonb;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnDefault.text;
import static org.somaagent.sa01.engine.model.ColumnType.BIGINT;
import static org.somaagent.sa01.engine.model.ColumnType.BOOLEAN;
import static org.somaagent.sa01.engine.model.ColumnType.BYTEA;
import static org.somaagent.sa01.engine.model.ColumnType.INTEGER;
import static org.somaagent.sa01.engine.model.ColumnType.JSONB;
import static org.somaagent.sa01.engine.model.ColumnType.REAL;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;
import static org.somaagent.sa01.engine.model.ColumnType.enumType;
import static org.somaagent.sa01.engine.model.Constraint.OnDelete.CASCADE;
import static org.somaagent.sa01.engine.model.Constraint.OnDelete.SET_NULL;

import java.util.List;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.model.TriggerDef;

/** Multimodal assets, capabilities, plans, executions and provenance (legacy script 017). */
final class MultimodalSchema {

    private MultimodalSchema() {}

    static final TableDef ASSETS = TableDef.named("multimodal_assets")
            .notNull("id", UUID, genRandomUuid())
            .notNull("tenant_id", TEXT)
            .nullable("session_id", TEXT)
            .notNull("asset_type", enumType(ASSET_TYPE))
            .notNull("format", TEXT)
            .nullable("storage_path", TEXT)
            .nullable("content", BYTEA)
            .notNull("content_size_bytes", BIGINT, integer(0))
            .notNull("checksum_sha256", TEXT)
            .nullable("original_filename", TEXT)
            .notNull("mime_type", TEXT)
            .nullable("dimensions", JSONB)
            .notNull("metadata", JSONB, jsonb("{}"))
            .notNull("created_at", TIMESTAMPTZ, now())
            .nullable("expires_at", TIMESTAMPTZ)
            .primaryKey("multimodal_assets_pkey", "id")
            .check("chk_storage_location", col("storage_path").isNotNull().or(col("content").isNotNull()))
            .comment("Stores generated multimodal assets (images, diagrams, videos, screenshots) with content or S3 reference")
            .build();

    static final TableDef CAPABILITIES = TableDef.named("multimodal_capabilities")
            .notNull("tool_id", TEXT)
            .notNull("provider", TEXT)
            .nullable("tenant_id", TEXT)
            .notNull("modalities", JSONB, jsonb("[]"))
            .notNull("input_schema", JSONB, jsonb("{}"))
            .notNull("output_schema", JSONB, jsonb("{}"))
            .notNull("constraints", JSONB, jsonb("{}"))
            .notNull("cost_tier", enumType(COST_TIER), enumLabel(COST_TIER, "medium"))
            .nullable("latency_p95_ms", INTEGER)
            .notNull("health_status", enumType(CAPABILITY_HEALTH), enumLabel(CAPABILITY_HEALTH, "healthy"))
            .nullable("last_health_check", TIMESTAMPTZ)
            .notNull("failure_count", INTEGER, integer(0))
            .notNull("enabled", BOOLEAN, bool(true))
            .nullable("display_name", TEXT)
            .nullable("description", TEXT)
            .nullable("documentation_url", TEXT)
            .notNull("created_at", TIMESTAMPTZ, now())
            .notNull("updated_at", TIMESTAMPTZ, now())
            .primaryKey("multimodal_capabilities_pkey", "tool_id", "provider")
            .comment("Registry of available multimodal tools/models with modality, cost, and health metadata")
            .build();

    static final TableDef JOB_PLANS = TableDef.named("multimodal_job_plans")
            .notNull("id", UUID, genRandomUuid())
            .notNull("tenant_id", TEXT)
            .notNull("session_id", TEXT)
            .nullable("request_id", TEXT)
            .notNull("plan_json", JSONB)
            .notNull("plan_version", TEXT, text("1.0"))
            .notNull("status", enumType(JOB_STATUS), enumLabel(JOB_STATUS, "pending"))
            .notNull("total_steps", INTEGER, integer(0))
            .notNull("completed_steps", INTEGER, integer(0))
            .nullable("budget_limit_cents", INTEGER)
            .notNull("budget_used_cents", INTEGER, integer(0))
            .nullable("started_at", TIMESTAMPTZ)
            .nullable("completed_at", TIMESTAMPTZ)
            .nullable("error_message", TEXT)
            .nullable("error_details", JSONB)
            .notNull("created_at", TIMESTAMPTZ, now())
            .notNull("updated_at", TIMESTAMPTZ, now())
            .primaryKey("multimodal_job_plans_pkey", "id")
            .comment("Task DSL plans for multimodal workflows with status and budget tracking")
            .build();

    static final TableDef EXECUTIONS = TableDef.named("multimodal_executions")
            .notNull("id", UUID, genRandomUuid())
            .notNull("plan_id", UUID)
            .notNull("step_index", INTEGER)
            .notNull("tenant_id", TEXT)
            .notNull("tool_id", TEXT)
            .notNull("provider", TEXT)
            .notNull("status", enumType(EXECUTION_STATUS), enumLabel(EXECUTION_STATUS, "pending"))
            .notNull("attempt_number", INTEGER, integer(1))
            .nullable("asset_id", UUID)
            .nullable("latency_ms", INTEGER)
            .nullable("cost_estimate_cents", INTEGER)
            .nullable("quality_score", REAL)
            .nullable("quality_feedback", JSONB)
            .nullable("error_code", TEXT)
            .nullable("error_message", TEXT)
            .nullable("started_at", TIMESTAMPTZ)
            .nullable("completed_at", TIMESTAMPTZ)
            .notNull("created_at", TIMESTAMPTZ, now())
            .primaryKey("multimodal_executions_pkey", "id")
            .foreignKey("multimodal_executions_plan_id_fkey", "plan_id", "multimodal_job_plans", "id", CASCADE)
            .foreignKey("multimodal_executions_asset_id_fkey", "asset_id", "multimodal_assets", "id", SET_NULL)
            .unique("uq_execution_step_attempt", "plan_id", "step_index", "attempt_number")
            .comment("Execution history per plan step for observability and learning")
            .build();

    static final TableDef PROVENANCE = TableDef.named("asset_provenance")
            .notNull("asset_id", UUID)
            .nullable("request_id", TEXT)
            .nullable("execution_id", UUID)
            .nullable("plan_id", UUID)
            .nullable("user_id", TEXT)
            .notNull("tenant_id", TEXT)
            .nullable("session_id", TEXT)
            .nullable("prompt_summary", TEXT)
            .notNull("generation_params", JSONB, jsonb("{}"))
            .notNull("tool_id", TEXT)
            .notNull("provider", TEXT)
            .nullable("model_version", TEXT)
            .nullable("trace_id", TEXT)
            .nullable("span_id", TEXT)
            .nullable("quality_gate_passed", BOOLEAN)
            .nullable("quality_score", REAL)
            .notNull("rework_count", INTEGER, integer(0))
            .notNull("created_at", TIMESTAMPTZ, now())
            .primaryKey("asset_provenance_pkey", "asset_id")
            .foreignKey("asset_provenance_asset_id_fkey", "asset_id", "multimodal_assets", "id", CASCADE)
            .foreignKey("asset_provenance_execution_id_fkey", "execution_id", "multimodal_executions", "id", SET_NULL)
            .foreignKey("asset_provenance_plan_id_fkey", "plan_id", "multimodal_job_plans", "id", SET_NULL)
            .comment("Audit trail linking assets to generation context for reproducibility and compliance")
            .build();

    static List<SchemaObject> objects() {
        return List.of(ASSETS, CAPABILITIES, JOB_PLANS, EXECUTIONS, PROVENANCE,
                IndexDef.btree("idx_mm_assets_tenant", "multimodal_assets", col("tenant_id")),
                IndexDef.btree("idx_mm_assets_type", "multimodal_assets", col("asset_type")),
                IndexDef.partial("idx_mm_assets_session", "multimodal_assets", col("session_id").isNotNull(), col("session_id")),
                IndexDef.btree("idx_mm_assets_checksum", "multimodal_assets", col("checksum_sha256")),
                IndexDef.btree("idx_mm_assets_created", "multimodal_assets", col("created_at")),
                IndexDef.partial("idx_mm_assets_expires", "multimodal_assets", col("expires_at").isNotNull(), col("expires_at")),
                IndexDef.partial("idx_mm_caps_tenant", "multimodal_capabilities", col("tenant_id").isNotNull(), col("tenant_id")),
                IndexDef.gin("idx_mm_caps_modalities", "multimodal_capabilities", "modalities"),
                IndexDef.btree("idx_mm_caps_health", "multimodal_capabilities", col("health_status")),
                IndexDef.partial("idx_mm_caps_enabled", "multimodal_capabilities", col("enabled").eq(DSL.inline(true)), col("enabled")),
                IndexDef.btree("idx_mm_caps_cost", "multimodal_capabilities", col("cost_tier")),
                IndexDef.btree("idx_mm_plans_tenant", "multimodal_job_plans", col("tenant_id")),
                IndexDef.btree("idx_mm_plans_session", "multimodal_job_plans", col("session_id")),
                IndexDef.btree("idx_mm_plans_status", "multimodal_job_plans", col("status")),
                IndexDef.btree("idx_mm_plans_created", "multimodal_job_plans", col("created_at")),
                IndexDef.btree("idx_mm_plans_tenant_status", "multimodal_job_plans", col("tenant_id"), col("status"), col("created_at")),
                IndexDef.btree("idx_mm_exec_plan", "multimodal_executions", col("plan_id")),
                IndexDef.btree("idx_mm_exec_tenant", "multimodal_executions", col("tenant_id")),
                IndexDef.btree("idx_mm_exec_status", "multimodal_executions", col("status")),
                IndexDef.btree("idx_mm_exec_tool", "multimodal_executions", col("tool_id"), col("provider")),
                IndexDef.btree("idx_mm_exec_tenant_status", "multimodal_executions", col("tenant_id"), col("status"), col("created_at")),
                IndexDef.partial("idx_mm_exec_quality", "multimodal_executions", col("quality_score").isNotNull(), col("quality_score")),
                IndexDef.btree("idx_prov_tenant", "asset_provenance", col("tenant_id")),
                IndexDef.partial("idx_prov_user", "asset_provenance", col("user_id").isNotNull(), col("user_id")),
                IndexDef.partial("idx_prov_request", "asset_provenance", col("request_id").isNotNull(), col("request_id")),
                IndexDef.partial("idx_prov_execution", "asset_provenance", col("execution_id").isNotNull(), col("execution_id")),
                IndexDef.btree("idx_prov_tool", "asset_provenance", col("tool_id"), col("provider")),
                IndexDef.partial("idx_prov_trace", "asset_provenance", col("trace_id").isNotNull(), col("trace_id")),
                TouchUpdatedAt.function("multimodal_touch_updated_at"),
                new TriggerDef("mm_capabilities_set_updated_at", "multimodal_capabilities", "multimodal_touch_updated_at"),
                new TriggerDef("mm_job_plans_set_updated_at", "multimodal_job_plans", "multimodal_touch_updated_at"),
                MultimodalSeeds.CAPABILITIES);
    }
}
