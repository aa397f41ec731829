package org.somaagent.sa01.migrations.versions;

import java.util.List;
import java.util.Optional;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.revision.Ddl;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.types.PgTypes;

/**
 * initial schema: the 12 tables and 5 enums of the legacy init scripts
 *
 * Rendered once from the frozen legacy baseline by the autogenerate renderer (InitialRevisionSourceTest keeps
 * it so). On an empty database it runs as written; on a legacy database the runner's baseline step adopts
 * what exists instead and records this revision. Never edit it: its checksum is stored in every database.
 */
@SuppressWarnings("unused")
public final class R0001InitialSchema implements Revision {

    public String id() { return "0001_initial_schema"; }

    public Optional<String> parent() { return Optional.empty(); }

    public String description() { return "initial schema: the 12 tables and 5 enums of the legacy init scripts"; }

    public List<Query> upgrade() {
        return List.of(
                DSL.query(DSL.raw("create extension if not exists \"vector\"")),
                DSL.createType("asset_type").asEnum("image", "video", "diagram", "screenshot", "document"),
                DSL.createType("job_status").asEnum("pending", "running", "completed", "failed", "cancelled"),
                DSL.createType("execution_status").asEnum("pending", "running", "success", "failed", "skipped"),
                DSL.createType("capability_health").asEnum("healthy", "degraded", "unavailable"),
                DSL.createType("cost_tier").asEnum("free", "low", "medium", "high", "premium"),
                DSL.createTable("task_registry")
                        .column("name", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("kind", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("module_path", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("callable", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("queue", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("rate_limit", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("max_retries", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("soft_time_limit", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("time_limit", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("enabled", Ddl.type(SQLDataType.BOOLEAN, false, "true"))
                        .column("tenant_scope", Ddl.type(SQLDataType.CLOB.array(), true, "cast('{}' as text[])"))
                        .column("persona_scope", Ddl.type(SQLDataType.CLOB.array(), true, "cast('{}' as text[])"))
                        .column("arg_schema", Ddl.type(SQLDataType.JSONB, false, "cast('{}' as jsonb)"))
                        .column("artifact_hash", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("soma_tags", Ddl.type(SQLDataType.CLOB.array(), true, "cast('{}' as text[])"))
                        .column("created_by", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .column("updated_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("task_registry_pkey").primaryKey("name"),
                                DSL.constraint("task_registry_kind_check").check(DSL.condition(DSL.field(DSL.raw("\"kind\" in ('task', 'tool')"), SQLDataType.BOOLEAN)))),
                DSL.createTable("task_artifacts")
                        .column("id", Ddl.type(SQLDataType.UUID, false, "gen_random_uuid()"))
                        .column("name", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("version", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("storage_uri", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("sha256", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("signed_by", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("task_artifacts_pkey").primaryKey("id"),
                                DSL.constraint("task_artifacts_unique").unique("name", "version")),
                DSL.query(DSL.raw("create or replace function \"task_registry_touch_updated_at\"() returns trigger language plpgsql as '\nBEGIN\n    NEW.updated_at = NOW();\n    RETURN NEW;\nEND;\n'")),
                DSL.query(DSL.raw("create trigger \"task_registry_set_updated_at\" before update on \"task_registry\" for each row execute function \"task_registry_touch_updated_at\"()")),
                DSL.createIndex("task_registry_enabled_idx").on(DSL.table(DSL.name("task_registry")), DSL.field(DSL.name("enabled"))),
                DSL.createIndex("task_registry_queue_idx").on(DSL.table(DSL.name("task_registry")), DSL.field(DSL.name("queue"))),
                DSL.createIndex("task_registry_kind_idx").on(DSL.table(DSL.name("task_registry")), DSL.field(DSL.name("kind"))),
                DSL.createTable("multimodal_assets")
                        .column("id", Ddl.type(SQLDataType.UUID, false, "gen_random_uuid()"))
                        .column("tenant_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("session_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("asset_type", Ddl.type(PgTypes.named("asset_type", Object.class), false, null))
                        .column("format", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("storage_path", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("content", Ddl.type(SQLDataType.BLOB, true, null))
                        .column("content_size_bytes", Ddl.type(SQLDataType.BIGINT, false, "0"))
                        .column("checksum_sha256", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("original_filename", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("mime_type", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("dimensions", Ddl.type(SQLDataType.JSONB, true, null))
                        .column("metadata", Ddl.type(SQLDataType.JSONB, false, "cast('{}' as jsonb)"))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .column("expires_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, null))
                        .constraints(DSL.constraint("multimodal_assets_pkey").primaryKey("id"),
                                DSL.constraint("chk_storage_location").check(DSL.condition(DSL.field(DSL.raw("(\"storage_path\" is not null or \"content\" is not null)"), SQLDataType.BOOLEAN)))),
                DSL.commentOnTable("multimodal_assets").is("Stores generated multimodal assets (images, diagrams, videos, screenshots) with content or S3 reference"),
                DSL.createTable("multimodal_capabilities")
                        .column("tool_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("provider", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("tenant_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("modalities", Ddl.type(SQLDataType.JSONB, false, "cast('[]' as jsonb)"))
                        .column("input_schema", Ddl.type(SQLDataType.JSONB, false, "cast('{}' as jsonb)"))
                        .column("output_schema", Ddl.type(SQLDataType.JSONB, false, "cast('{}' as jsonb)"))
                        .column("constraints", Ddl.type(SQLDataType.JSONB, false, "cast('{}' as jsonb)"))
                        .column("cost_tier", Ddl.type(PgTypes.named("cost_tier", Object.class), false, "cast('medium' as cost_tier)"))
                        .column("latency_p95_ms", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("health_status", Ddl.type(PgTypes.named("capability_health", Object.class), false, "cast('healthy' as capability_health)"))
                        .column("last_health_check", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, null))
                        .column("failure_count", Ddl.type(SQLDataType.INTEGER, false, "0"))
                        .column("enabled", Ddl.type(SQLDataType.BOOLEAN, false, "true"))
                        .column("display_name", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("description", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("documentation_url", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .column("updated_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("multimodal_capabilities_pkey").primaryKey("tool_id", "provider")),
                DSL.commentOnTable("multimodal_capabilities").is("Registry of available multimodal tools/models with modality, cost, and health metadata"),
                DSL.createTable("multimodal_job_plans")
                        .column("id", Ddl.type(SQLDataType.UUID, false, "gen_random_uuid()"))
                        .column("tenant_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("session_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("request_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("plan_json", Ddl.type(SQLDataType.JSONB, false, null))
                        .column("plan_version", Ddl.type(SQLDataType.CLOB, false, "'1.0'"))
                        .column("status", Ddl.type(PgTypes.named("job_status", Object.class), false, "cast('pending' as job_status)"))
                        .column("total_steps", Ddl.type(SQLDataType.INTEGER, false, "0"))
                        .column("completed_steps", Ddl.type(SQLDataType.INTEGER, false, "0"))
                        .column("budget_limit_cents", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("budget_used_cents", Ddl.type(SQLDataType.INTEGER, false, "0"))
                        .column("started_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, null))
                        .column("completed_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, null))
                        .column("error_message", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("error_details", Ddl.type(SQLDataType.JSONB, true, null))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .column("updated_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("multimodal_job_plans_pkey").primaryKey("id")),
                DSL.commentOnTable("multimodal_job_plans").is("Task DSL plans for multimodal workflows with status and budget tracking"),
                DSL.createTable("multimodal_executions")
                        .column("id", Ddl.type(SQLDataType.UUID, false, "gen_random_uuid()"))
                        .column("plan_id", Ddl.type(SQLDataType.UUID, false, null))
                        .column("step_index", Ddl.type(SQLDataType.INTEGER, false, null))
                        .column("tenant_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("tool_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("provider", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("status", Ddl.type(PgTypes.named("execution_status", Object.class), false, "cast('pending' as execution_status)"))
                        .column("attempt_number", Ddl.type(SQLDataType.INTEGER, false, "1"))
                        .column("asset_id", Ddl.type(SQLDataType.UUID, true, null))
                        .column("latency_ms", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("cost_estimate_cents", Ddl.type(SQLDataType.INTEGER, true, null))
                        .column("quality_score", Ddl.type(SQLDataType.REAL, true, null))
                        .column("quality_feedback", Ddl.type(SQLDataType.JSONB, true, null))
                        .column("error_code", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("error_message", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("started_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, null))
                        .column("completed_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, null))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("multimodal_executions_pkey").primaryKey("id"),
                                DSL.constraint("multimodal_executions_plan_id_fkey").foreignKey("plan_id").references("multimodal_job_plans", "id").onDeleteCascade(),
                                DSL.constraint("multimodal_executions_asset_id_fkey").foreignKey("asset_id").references("multimodal_assets", "id").onDeleteSetNull(),
                                DSL.constraint("uq_execution_step_attempt").unique("plan_id", "step_index", "attempt_number")),
                DSL.commentOnTable("multimodal_executions").is("Execution history per plan step for observability and learning"),
                DSL.createTable("asset_provenance")
                        .column("asset_id", Ddl.type(SQLDataType.UUID, false, null))
                        .column("request_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("execution_id", Ddl.type(SQLDataType.UUID, true, null))
                        .column("plan_id", Ddl.type(SQLDataType.UUID, true, null))
                        .column("user_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("tenant_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("session_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("prompt_summary", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("generation_params", Ddl.type(SQLDataType.JSONB, false, "cast('{}' as jsonb)"))
                        .column("tool_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("provider", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("model_version", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("trace_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("span_id", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("quality_gate_passed", Ddl.type(SQLDataType.BOOLEAN, true, null))
                        .column("quality_score", Ddl.type(SQLDataType.REAL, true, null))
                        .column("rework_count", Ddl.type(SQLDataType.INTEGER, false, "0"))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("asset_provenance_pkey").primaryKey("asset_id"),
                                DSL.constraint("asset_provenance_asset_id_fkey").foreignKey("asset_id").references("multimodal_assets", "id").onDeleteCascade(),
                                DSL.constraint("asset_provenance_execution_id_fkey").foreignKey("execution_id").references("multimodal_executions", "id").onDeleteSetNull(),
                                DSL.constraint("asset_provenance_plan_id_fkey").foreignKey("plan_id").references("multimodal_job_plans", "id").onDeleteSetNull()),
                DSL.commentOnTable("asset_provenance").is("Audit trail linking assets to generation context for reproducibility and compliance"),
                DSL.createIndex("idx_mm_assets_tenant").on(DSL.table(DSL.name("multimodal_assets")), DSL.field(DSL.name("tenant_id"))),
                DSL.createIndex("idx_mm_assets_type").on(DSL.table(DSL.name("multimodal_assets")), DSL.field(DSL.name("asset_type"))),
                DSL.createIndex("idx_mm_assets_session").on(DSL.table(DSL.name("multimodal_assets")), DSL.field(DSL.name("session_id"))).where(DSL.condition(DSL.field(DSL.raw("\"session_id\" is not null"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_mm_assets_checksum").on(DSL.table(DSL.name("multimodal_assets")), DSL.field(DSL.name("checksum_sha256"))),
                DSL.createIndex("idx_mm_assets_created").on(DSL.table(DSL.name("multimodal_assets")), DSL.field(DSL.name("created_at"))),
                DSL.createIndex("idx_mm_assets_expires").on(DSL.table(DSL.name("multimodal_assets")), DSL.field(DSL.name("expires_at"))).where(DSL.condition(DSL.field(DSL.raw("\"expires_at\" is not null"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_mm_caps_tenant").on(DSL.table(DSL.name("multimodal_capabilities")), DSL.field(DSL.name("tenant_id"))).where(DSL.condition(DSL.field(DSL.raw("\"tenant_id\" is not null"), SQLDataType.BOOLEAN))),
                DSL.query(DSL.raw("create index \"idx_mm_caps_modalities\" on \"multimodal_capabilities\" using gin (\"modalities\") ")),
                DSL.createIndex("idx_mm_caps_health").on(DSL.table(DSL.name("multimodal_capabilities")), DSL.field(DSL.name("health_status"))),
                DSL.createIndex("idx_mm_caps_enabled").on(DSL.table(DSL.name("multimodal_capabilities")), DSL.field(DSL.name("enabled"))).where(DSL.condition(DSL.field(DSL.raw("\"enabled\" = true"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_mm_caps_cost").on(DSL.table(DSL.name("multimodal_capabilities")), DSL.field(DSL.name("cost_tier"))),
                DSL.createIndex("idx_mm_plans_tenant").on(DSL.table(DSL.name("multimodal_job_plans")), DSL.field(DSL.name("tenant_id"))),
                DSL.createIndex("idx_mm_plans_session").on(DSL.table(DSL.name("multimodal_job_plans")), DSL.field(DSL.name("session_id"))),
                DSL.createIndex("idx_mm_plans_status").on(DSL.table(DSL.name("multimodal_job_plans")), DSL.field(DSL.name("status"))),
                DSL.createIndex("idx_mm_plans_created").on(DSL.table(DSL.name("multimodal_job_plans")), DSL.field(DSL.name("created_at"))),
                DSL.createIndex("idx_mm_plans_tenant_status").on(DSL.table(DSL.name("multimodal_job_plans")), DSL.field(DSL.name("tenant_id")), DSL.field(DSL.name("status")), DSL.field(DSL.name("created_at"))),
                DSL.createIndex("idx_mm_exec_plan").on(DSL.table(DSL.name("multimodal_executions")), DSL.field(DSL.name("plan_id"))),
                DSL.createIndex("idx_mm_exec_tenant").on(DSL.table(DSL.name("multimodal_executions")), DSL.field(DSL.name("tenant_id"))),
                DSL.createIndex("idx_mm_exec_status").on(DSL.table(DSL.name("multimodal_executions")), DSL.field(DSL.name("status"))),
                DSL.createIndex("idx_mm_exec_tool").on(DSL.table(DSL.name("multimodal_executions")), DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider"))),
                DSL.createIndex("idx_mm_exec_tenant_status").on(DSL.table(DSL.name("multimodal_executions")), DSL.field(DSL.name("tenant_id")), DSL.field(DSL.name("status")), DSL.field(DSL.name("created_at"))),
                DSL.createIndex("idx_mm_exec_quality").on(DSL.table(DSL.name("multimodal_executions")), DSL.field(DSL.name("quality_score"))).where(DSL.condition(DSL.field(DSL.raw("\"quality_score\" is not null"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_prov_tenant").on(DSL.table(DSL.name("asset_provenance")), DSL.field(DSL.name("tenant_id"))),
                DSL.createIndex("idx_prov_user").on(DSL.table(DSL.name("asset_provenance")), DSL.field(DSL.name("user_id"))).where(DSL.condition(DSL.field(DSL.raw("\"user_id\" is not null"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_prov_request").on(DSL.table(DSL.name("asset_provenance")), DSL.field(DSL.name("request_id"))).where(DSL.condition(DSL.field(DSL.raw("\"request_id\" is not null"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_prov_execution").on(DSL.table(DSL.name("asset_provenance")), DSL.field(DSL.name("execution_id"))).where(DSL.condition(DSL.field(DSL.raw("\"execution_id\" is not null"), SQLDataType.BOOLEAN))),
                DSL.createIndex("idx_prov_tool").on(DSL.table(DSL.name("asset_provenance")), DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider"))),
                DSL.createIndex("idx_prov_trace").on(DSL.table(DSL.name("asset_provenance")), DSL.field(DSL.name("trace_id"))).where(DSL.condition(DSL.field(DSL.raw("\"trace_id\" is not null"), SQLDataType.BOOLEAN))),
                DSL.query(DSL.raw("create or replace function \"multimodal_touch_updated_at\"() returns trigger language plpgsql as '\nBEGIN\n    NEW.updated_at = NOW();\n    RETURN NEW;\nEND;\n'")),
                DSL.query(DSL.raw("create trigger \"mm_capabilities_set_updated_at\" before update on \"multimodal_capabilities\" for each row execute function \"multimodal_touch_updated_at\"()")),
                DSL.query(DSL.raw("create trigger \"mm_job_plans_set_updated_at\" before update on \"multimodal_job_plans\" for each row execute function \"multimodal_touch_updated_at\"()")),
                DSL.insertInto(DSL.table(DSL.name("multimodal_capabilities")))
                        .columns(DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider")), DSL.field(DSL.name("modalities")), DSL.field(DSL.name("cost_tier")), DSL.field(DSL.name("health_status")), DSL.field(DSL.name("display_name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("constraints")), DSL.field(DSL.name("input_schema")), DSL.field(DSL.name("output_schema")))
                        .values(DSL.inline("dalle3_image_gen"), DSL.inline("openai"), DSL.inline(JSONB.valueOf("[\"image\"]")), DSL.inline("high"), DSL.inline("healthy"), DSL.inline("DALL-E 3 Image Generation"), DSL.inline("Generate images using OpenAI DALL-E 3"), DSL.inline(JSONB.valueOf("{\"max_resolution\": 1792, \"formats\": [\"png\", \"jpg\"], \"aspect_ratios\": [\"1:1\", \"16:9\", \"9:16\"]}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}, \"size\": {\"type\": \"string\"}, \"quality\": {\"type\": \"string\"}}}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"url\": {\"type\": \"string\"}, \"revised_prompt\": {\"type\": \"string\"}}}")))
                        .onConflictDoNothing(),
                DSL.insertInto(DSL.table(DSL.name("multimodal_capabilities")))
                        .columns(DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider")), DSL.field(DSL.name("modalities")), DSL.field(DSL.name("cost_tier")), DSL.field(DSL.name("health_status")), DSL.field(DSL.name("display_name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("constraints")), DSL.field(DSL.name("input_schema")), DSL.field(DSL.name("output_schema")))
                        .values(DSL.inline("mermaid_diagram"), DSL.inline("local"), DSL.inline(JSONB.valueOf("[\"diagram\"]")), DSL.inline("free"), DSL.inline("healthy"), DSL.inline("Mermaid Diagram Renderer"), DSL.inline("Generate diagrams from Mermaid DSL using local mmdc CLI"), DSL.inline(JSONB.valueOf("{\"formats\": [\"svg\", \"png\", \"pdf\"], \"max_nodes\": 100}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\"}, \"format\": {\"type\": \"string\"}}}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"svg\": {\"type\": \"string\"}, \"png_base64\": {\"type\": \"string\"}}}")))
                        .onConflictDoNothing(),
                DSL.insertInto(DSL.table(DSL.name("multimodal_capabilities")))
                        .columns(DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider")), DSL.field(DSL.name("modalities")), DSL.field(DSL.name("cost_tier")), DSL.field(DSL.name("health_status")), DSL.field(DSL.name("display_name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("constraints")), DSL.field(DSL.name("input_schema")), DSL.field(DSL.name("output_schema")))
                        .values(DSL.inline("plantuml_diagram"), DSL.inline("local"), DSL.inline(JSONB.valueOf("[\"diagram\"]")), DSL.inline("free"), DSL.inline("healthy"), DSL.inline("PlantUML Diagram Renderer"), DSL.inline("Generate UML diagrams from PlantUML syntax"), DSL.inline(JSONB.valueOf("{\"formats\": [\"svg\", \"png\"], \"max_complexity\": \"medium\"}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"code\": {\"type\": \"string\"}, \"format\": {\"type\": \"string\"}}}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"svg\": {\"type\": \"string\"}, \"png_base64\": {\"type\": \"string\"}}}")))
                        .onConflictDoNothing(),
                DSL.insertInto(DSL.table(DSL.name("multimodal_capabilities")))
                        .columns(DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider")), DSL.field(DSL.name("modalities")), DSL.field(DSL.name("cost_tier")), DSL.field(DSL.name("health_status")), DSL.field(DSL.name("display_name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("constraints")), DSL.field(DSL.name("input_schema")), DSL.field(DSL.name("output_schema")))
                        .values(DSL.inline("playwright_screenshot"), DSL.inline("local"), DSL.inline(JSONB.valueOf("[\"screenshot\"]")), DSL.inline("low"), DSL.inline("healthy"), DSL.inline("Playwright Screenshot Capture"), DSL.inline("Capture screenshots of web pages using Playwright"), DSL.inline(JSONB.valueOf("{\"formats\": [\"png\", \"jpg\", \"webp\"], \"max_resolution\": 3840, \"viewport_presets\": [\"desktop\", \"tablet\", \"mobile\"]}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"url\": {\"type\": \"string\"}, \"viewport\": {\"type\": \"object\"}, \"full_page\": {\"type\": \"boolean\"}}}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"screenshot_base64\": {\"type\": \"string\"}, \"viewport_used\": {\"type\": \"object\"}}}")))
                        .onConflictDoNothing(),
                DSL.insertInto(DSL.table(DSL.name("multimodal_capabilities")))
                        .columns(DSL.field(DSL.name("tool_id")), DSL.field(DSL.name("provider")), DSL.field(DSL.name("modalities")), DSL.field(DSL.name("cost_tier")), DSL.field(DSL.name("health_status")), DSL.field(DSL.name("display_name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("constraints")), DSL.field(DSL.name("input_schema")), DSL.field(DSL.name("output_schema")))
                        .values(DSL.inline("stability_image_gen"), DSL.inline("stability"), DSL.inline(JSONB.valueOf("[\"image\"]")), DSL.inline("medium"), DSL.inline("healthy"), DSL.inline("Stable Diffusion Image Generation"), DSL.inline("Generate images using Stability AI Stable Diffusion"), DSL.inline(JSONB.valueOf("{\"max_resolution\": 1024, \"formats\": [\"png\", \"jpg\"], \"models\": [\"sdxl\", \"sd3\"]}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"prompt\": {\"type\": \"string\"}, \"negative_prompt\": {\"type\": \"string\"}, \"width\": {\"type\": \"integer\"}, \"height\": {\"type\": \"integer\"}}}")), DSL.inline(JSONB.valueOf("{\"type\": \"object\", \"properties\": {\"image_base64\": {\"type\": \"string\"}, \"seed\": {\"type\": \"integer\"}}}")))
                        .onConflictDoNothing(),
                DSL.createTable("prompts")
                        .column("id", Ddl.type(SQLDataType.UUID, false, null))
                        .column("name", Ddl.type(SQLDataType.VARCHAR(255), false, null))
                        .column("version", Ddl.type(SQLDataType.INTEGER, false, "1"))
                        .column("content", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, "now()"))
                        .column("updated_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, "now()"))
                        .constraints(DSL.constraint("prompts_pkey").primaryKey("id"),
                                DSL.constraint("prompts_name_key").unique("name")),
                DSL.insertInto(DSL.table(DSL.name("prompts")))
                        .columns(DSL.field(DSL.name("id")), DSL.field(DSL.name("name")), DSL.field(DSL.name("version")), DSL.field(DSL.name("content")))
                        .values(DSL.inline(java.util.UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")), DSL.inline("multimodal_critic"), DSL.inline(1), DSL.inline("You are an expert design critic. Evaluate the provided image against these criteria:\n{criteria}\n\nReturn JSON only: {{\n  \"pass\": bool,\n  \"score\": float(0.0-1.0),\n  \"feedback\": \"string\"\n}}"))
                        .onConflictDoNothing(),
                DSL.createTable("multimodal_outcomes")
                        .column("id", Ddl.type(SQLDataType.UUID, false, "gen_random_uuid()"))
                        .column("plan_id", Ddl.type(SQLDataType.UUID, false, null))
                        .column("task_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("step_type", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("provider", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("model", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("success", Ddl.type(SQLDataType.BOOLEAN, false, null))
                        .column("latency_ms", Ddl.type(SQLDataType.REAL, false, null))
                        .column("cost_cents", Ddl.type(SQLDataType.REAL, false, "0.0"))
                        .column("quality_score", Ddl.type(SQLDataType.REAL, true, null))
                        .column("feedback", Ddl.type(SQLDataType.CLOB, true, null))
                        .column("timestamp", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, false, "now()"))
                        .constraints(DSL.constraint("multimodal_outcomes_pkey").primaryKey("id"),
                                DSL.constraint("chk_latency_positive").check(DSL.condition(DSL.field(DSL.raw("\"latency_ms\" >= 0"), SQLDataType.BOOLEAN))),
                                DSL.constraint("chk_cost_positive").check(DSL.condition(DSL.field(DSL.raw("\"cost_cents\" >= 0"), SQLDataType.BOOLEAN))),
                                DSL.constraint("chk_quality_range").check(DSL.condition(DSL.field(DSL.raw("(\"quality_score\" is null or (\"quality_score\" >= 0.0 and \"quality_score\" <= 1.0))"), SQLDataType.BOOLEAN)))),
                DSL.commentOnTable("multimodal_outcomes").is("Execution outcomes for SomaBrain learning system (Phase 6: Learning & Ranking)"),
                DSL.createIndex("idx_mm_outcomes_step_type").on(DSL.table(DSL.name("multimodal_outcomes")), DSL.field(DSL.name("step_type")), DSL.field(DSL.name("timestamp")).desc()),
                DSL.createIndex("idx_mm_outcomes_provider").on(DSL.table(DSL.name("multimodal_outcomes")), DSL.field(DSL.name("provider")), DSL.field(DSL.name("success"))),
                DSL.createIndex("idx_mm_outcomes_plan").on(DSL.table(DSL.name("multimodal_outcomes")), DSL.field(DSL.name("plan_id"))),
                DSL.createIndex("idx_mm_outcomes_timestamp").on(DSL.table(DSL.name("multimodal_outcomes")), DSL.field(DSL.name("timestamp")).desc()),
                DSL.createIndex("idx_mm_outcomes_success").on(DSL.table(DSL.name("multimodal_outcomes")), DSL.field(DSL.name("success")), DSL.field(DSL.name("step_type"))),
                DSL.createTable("tool_catalog")
                        .column("name", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("description", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("parameters_schema", Ddl.type(SQLDataType.JSONB, false, null))
                        .column("enabled", Ddl.type(SQLDataType.BOOLEAN, true, "true"))
                        .column("cost_impact", Ddl.type(SQLDataType.CLOB, true, "'low'"))
                        .column("profiles", Ddl.type(SQLDataType.CLOB.array(), true, "cast('{\"standard\"}' as text[])"))
                        .column("updated_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, "now()"))
                        .constraints(DSL.constraint("tool_catalog_pkey").primaryKey("name"),
                                DSL.constraint("tool_catalog_cost_impact_check").check(DSL.condition(DSL.field(DSL.raw("\"cost_impact\" in ('low', 'medium', 'high')"), SQLDataType.BOOLEAN)))),
                DSL.insertInto(DSL.table(DSL.name("tool_catalog")))
                        .columns(DSL.field(DSL.name("name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("parameters_schema")), DSL.field(DSL.name("cost_impact")), DSL.field(DSL.name("profiles")))
                        .values(DSL.inline("echo"), DSL.inline("Echoes input text back"), DSL.inline(JSONB.valueOf("{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}")), DSL.inline("low"), DSL.inline(new String[] {"standard", "enhanced"}, SQLDataType.CLOB.array()))
                        .onConflictDoNothing(),
                DSL.insertInto(DSL.table(DSL.name("tool_catalog")))
                        .columns(DSL.field(DSL.name("name")), DSL.field(DSL.name("description")), DSL.field(DSL.name("parameters_schema")), DSL.field(DSL.name("cost_impact")), DSL.field(DSL.name("profiles")))
                        .values(DSL.inline("document_ingest"), DSL.inline("Extract text from uploaded document"), DSL.inline(JSONB.valueOf("{\"type\":\"object\",\"properties\":{\"attachment_id\":{\"type\":\"string\"}},\"required\":[\"attachment_id\"]}")), DSL.inline("medium"), DSL.inline(new String[] {"enhanced", "max"}, SQLDataType.CLOB.array()))
                        .onConflictDoNothing(),
                DSL.createTable("tenant_tool_flags")
                        .column("tenant_id", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("tool_name", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("enabled", Ddl.type(SQLDataType.BOOLEAN, false, null))
                        .column("updated_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, "now()"))
                        .constraints(DSL.constraint("tenant_tool_flags_pkey").primaryKey("tenant_id", "tool_name"),
                                DSL.constraint("tenant_tool_flags_tool_name_fkey").foreignKey("tool_name").references("tool_catalog", "name").onDeleteCascade()),
                DSL.createTable("session_embeddings")
                        .column("id", Ddl.type(PgTypes.named("bigserial", Long.class), false, null))
                        .column("session_id", Ddl.type(SQLDataType.UUID, false, null))
                        .column("text", Ddl.type(SQLDataType.CLOB, false, null))
                        .column("vector", Ddl.type(PgTypes.vector(384), true, null))
                        .column("metadata", Ddl.type(SQLDataType.JSONB, true, "cast('{}' as jsonb)"))
                        .column("created_at", Ddl.type(SQLDataType.TIMESTAMPWITHTIMEZONE, true, "now()"))
                        .constraints(DSL.constraint("session_embeddings_pkey").primaryKey("id"),
                                DSL.constraint("session_embeddings_session_id_text_key").unique("session_id", "text")),
                DSL.query(DSL.raw("create index \"ix_session_embeddings_vector\" on \"session_embeddings\" using ivfflat (\"vector\" vector_cosine_ops) with (lists = 100)")));
    }

    public List<Query> downgrade() {
        return List.of(
                DSL.dropIndexIfExists("ix_session_embeddings_vector"),
                DSL.dropTableIfExists("session_embeddings"),
                DSL.dropTableIfExists("tenant_tool_flags"),
                DSL.dropTableIfExists("tool_catalog"),
                DSL.dropIndexIfExists("idx_mm_outcomes_success"),
                DSL.dropIndexIfExists("idx_mm_outcomes_timestamp"),
                DSL.dropIndexIfExists("idx_mm_outcomes_plan"),
                DSL.dropIndexIfExists("idx_mm_outcomes_provider"),
                DSL.dropIndexIfExists("idx_mm_outcomes_step_type"),
                DSL.dropTableIfExists("multimodal_outcomes"),
                DSL.dropTableIfExists("prompts"),
                DSL.query(DSL.raw("drop trigger if exists \"mm_job_plans_set_updated_at\" on \"multimodal_job_plans\"")),
                DSL.query(DSL.raw("drop trigger if exists \"mm_capabilities_set_updated_at\" on \"multimodal_capabilities\"")),
                DSL.query(DSL.raw("drop function if exists \"multimodal_touch_updated_at\"()")),
                DSL.dropIndexIfExists("idx_prov_trace"),
                DSL.dropIndexIfExists("idx_prov_tool"),
                DSL.dropIndexIfExists("idx_prov_execution"),
                DSL.dropIndexIfExists("idx_prov_request"),
                DSL.dropIndexIfExists("idx_prov_user"),
                DSL.dropIndexIfExists("idx_prov_tenant"),
                DSL.dropIndexIfExists("idx_mm_exec_quality"),
                DSL.dropIndexIfExists("idx_mm_exec_tenant_status"),
                DSL.dropIndexIfExists("idx_mm_exec_tool"),
                DSL.dropIndexIfExists("idx_mm_exec_status"),
                DSL.dropIndexIfExists("idx_mm_exec_tenant"),
                DSL.dropIndexIfExists("idx_mm_exec_plan"),
                DSL.dropIndexIfExists("idx_mm_plans_tenant_status"),
                DSL.dropIndexIfExists("idx_mm_plans_created"),
                DSL.dropIndexIfExists("idx_mm_plans_status"),
                DSL.dropIndexIfExists("idx_mm_plans_session"),
                DSL.dropIndexIfExists("idx_mm_plans_tenant"),
                DSL.dropIndexIfExists("idx_mm_caps_cost"),
                DSL.dropIndexIfExists("idx_mm_caps_enabled"),
                DSL.dropIndexIfExists("idx_mm_caps_health"),
                DSL.dropIndexIfExists("idx_mm_caps_modalities"),
                DSL.dropIndexIfExists("idx_mm_caps_tenant"),
                DSL.dropIndexIfExists("idx_mm_assets_expires"),
                DSL.dropIndexIfExists("idx_mm_assets_created"),
                DSL.dropIndexIfExists("idx_mm_assets_checksum"),
                DSL.dropIndexIfExists("idx_mm_assets_session"),
                DSL.dropIndexIfExists("idx_mm_assets_type"),
                DSL.dropIndexIfExists("idx_mm_assets_tenant"),
                DSL.dropTableIfExists("asset_provenance"),
                DSL.dropTableIfExists("multimodal_executions"),
                DSL.dropTableIfExists("multimodal_job_plans"),
                DSL.dropTableIfExists("multimodal_capabilities"),
                DSL.dropTableIfExists("multimodal_assets"),
                DSL.dropIndexIfExists("task_registry_kind_idx"),
                DSL.dropIndexIfExists("task_registry_queue_idx"),
                DSL.dropIndexIfExists("task_registry_enabled_idx"),
                DSL.query(DSL.raw("drop trigger if exists \"task_registry_set_updated_at\" on \"task_registry\"")),
                DSL.query(DSL.raw("drop function if exists \"task_registry_touch_updated_at\"()")),
                DSL.dropTableIfExists("task_artifacts"),
                DSL.dropTableIfExists("task_registry"),
                DSL.dropTypeIfExists("cost_tier"),
                DSL.dropTypeIfExists("capability_health"),
                DSL.dropTypeIfExists("execution_status"),
                DSL.dropTypeIfExists("job_status"),
                DSL.dropTypeIfExists("asset_type"));
    }
}
