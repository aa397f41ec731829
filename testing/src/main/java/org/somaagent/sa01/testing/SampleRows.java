package org.somaagent.sa01.testing;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;

/**
 * Realistic rows for every table that exists: foreign-key chains, bytea, jsonb, arrays, vectors,
 * NULLs and unicode, written through jOOQ, in as many batches as asked (each with its own keys). Inserted before an upgrade, compared after it.
 */
public final class SampleRows {

    static final UUID ASSET = UUID.fromString("00000000-0000-4000-8000-00000000a551");
    static final UUID PLAN = UUID.fromString("00000000-0000-4000-8000-0000000091a4");
    static final UUID EXECUTION = UUID.fromString("00000000-0000-4000-8000-0000000e8ec0");
    static final UUID SESSION = UUID.fromString("00000000-0000-4000-8000-00000005e551");
    static final UUID PROMPT = UUID.fromString("00000000-0000-4000-8000-0000000a0001");
    static final UUID TENANT = UUID.fromString("00000000-0000-4000-8000-00000000ac3e");

    private SampleRows() {}

    /** Inserts rows into each of the somaAgent01 tables {@code db} has, in foreign-key order. */
    public static void insertInto(TestDatabase db) {
        insertInto(db, 1);
    }

    /** {@code batches} sets of those rows, each with keys of its own: several rows in every table. */
    public static void insertInto(TestDatabase db, int batches) {
        DSLContext dsl = db.dsl();
        Set<String> tables = Set.copyOf(dsl.fetch("select tablename from pg_tables where schemaname = 'public'").getValues(0, String.class));
        for (int batch = 0; batch < batches; batch++) {
            insertBatch(dsl, tables, batch);
        }
    }

    /** One set of rows; batch 0 keeps the historical keys, later batches shift every key. */
    private static void insertBatch(DSLContext dsl, Set<String> tables, int batch) {
        String k = batch == 0 ? "" : "_" + batch;
        UUID asset = shifted(ASSET, batch);
        UUID plan = shifted(PLAN, batch);
        UUID execution = shifted(EXECUTION, batch);
        UUID session = shifted(SESSION, batch);
        if (tables.contains("task_registry")) {
            insert(dsl, "task_registry", "name", "ingest_document" + k, "kind", "task", "module_path", "soma.tasks.ingest",
                    "callable", "run", "queue", "default", "tenant_scope", new String[] {"acme", "globex"},
                    "arg_schema", JSONB.valueOf("{\"type\": \"object\", \"ünïcode\": \"✓\"}"), "created_by", "Zoë");
            insert(dsl, "task_registry", "name", "echo_tool" + k, "kind", "tool", "module_path", "soma.tools.echo",
                    "callable", "echo", "queue", "fast", "rate_limit", null, "soma_tags", new String[] {});
        }
        if (tables.contains("task_artifacts")) {
            insert(dsl, "task_artifacts", "name", "ingest_document" + k, "version", "1.2.0", "storage_uri", "s3://artifacts/ingest-1.2.0.tgz",
                    "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "signed_by", null);
        }
        if (tables.contains("multimodal_assets")) {
            insert(dsl, "multimodal_assets", "id", asset, "tenant_id", "acme", "session_id", "s-1", "asset_type", "image",
                    "format", "png", "content", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff}, "content_size_bytes", 6L,
                    "checksum_sha256", "abc123", "mime_type", "image/png", "dimensions", JSONB.valueOf("{\"width\": 1024, \"height\": 768}"));
            insert(dsl, "multimodal_assets", "tenant_id", "acme", "asset_type", "diagram", "format", "svg",
                    "storage_path", "s3://assets/d.svg", "checksum_sha256", "def456", "mime_type", "image/svg+xml");
        }
        if (tables.contains("multimodal_capabilities")) {
            insert(dsl, "multimodal_capabilities", "tool_id", "acme_renderer" + k, "provider", "acme", "tenant_id", "acme",
                    "modalities", JSONB.valueOf("[\"image\", \"vision\"]"), "cost_tier", "premium", "health_status", "degraded",
                    "display_name", "Acme Renderer — ☃", "failure_count", 3);
        }
        if (tables.contains("multimodal_job_plans")) {
            insert(dsl, "multimodal_job_plans", "id", plan, "tenant_id", "acme", "session_id", "s-1",
                    "plan_json", JSONB.valueOf("{\"steps\": [{\"tool\": \"dalle3_image_gen\"}]}"), "status", "running", "total_steps", 1);
        }
        if (tables.contains("multimodal_executions")) {
            insert(dsl, "multimodal_executions", "id", execution, "plan_id", plan, "step_index", 0, "tenant_id", "acme",
                    "tool_id", "dalle3_image_gen", "provider", "openai", "status", "success", "asset_id", asset,
                    "quality_score", 0.875f, "quality_feedback", JSONB.valueOf("{\"pass\": true}"));
        }
        if (tables.contains("asset_provenance")) {
            insert(dsl, "asset_provenance", "asset_id", asset, "execution_id", execution, "plan_id", plan, "tenant_id", "acme",
                    "tool_id", "dalle3_image_gen", "provider", "openai", "prompt_summary", "a cat, ναι", "quality_gate_passed", true);
        }
        if (tables.contains("prompts")) {
            insert(dsl, "prompts", "id", shifted(PROMPT, batch), "name", "summarizer" + k, "version", 3,
                    "content", "Summarise {text} in one line. 日本語も");
        }
        if (tables.contains("multimodal_outcomes")) {
            insert(dsl, "multimodal_outcomes", "plan_id", plan, "task_id", "t-1", "step_type", "generate_image", "provider", "openai",
                    "model", "dall-e-3", "success", true, "latency_ms", 1234.5f, "quality_score", null, "feedback", "ok");
        }
        if (tables.contains("tool_catalog")) {
            insert(dsl, "tool_catalog", "name", "web_search" + k, "description", "Searches the web",
                    "parameters_schema", JSONB.valueOf("{\"type\": \"object\"}"), "cost_impact", "high", "profiles", new String[] {"max"});
        }
        if (tables.contains("tenant_tool_flags")) {
            insert(dsl, "tenant_tool_flags", "tenant_id", "acme", "tool_name", "web_search" + k, "enabled", false);
        }
        if (tables.contains("session_embeddings")) {
            if (tables.contains("sessions")) {
                insert(dsl, "sessions", "session_id", session);
            }
            insert(dsl, "session_embeddings", "session_id", session, "text", "hello wörld",
                    "vector", field("cast({0} as vector)", Object.class, inline(vectorLiteral(384))),
                    "metadata", JSONB.valueOf("{\"source\": \"chat\"}"));
        }
        insertUpstreamTables(dsl, tables, batch, k);
    }

    /** The tables upstream's Alembic 002 and 003 add (revisions 0002 and 0003): jsonb with nesting and unicode. */
    private static void insertUpstreamTables(DSLContext dsl, Set<String> tables, int batch, String k) {
        if (tables.contains("run_receipts")) {
            insert(dsl, "run_receipts", "turn_id", "turn-1" + k, "session_id", "s-1", "tenant_id", "acme", "capsule_id", null,
                    "aiq_pred", 71.5f, "aiq_obs", 64.25f, "confidence", 0.5f, "lane_budgets", JSONB.valueOf("{\"tools\": 1200, \"memory\": [1, 2]}"),
                    "lane_actual", JSONB.valueOf("{\"tools\": 980, \"note\": \"ünïcode ✓\"}"), "degradation_level", "L2",
                    "path_mode", "rescue", "tool_k", 3 + batch, "latency_ms", 812.75f);
        }
        if (tables.contains("agent_skins")) {
            insert(dsl, "agent_skins", "tenant_id", TENANT, "name", "aurora" + k, "description", "Polar lights — ☃", "version", "2.0." + batch,
                    "author", "Zoë", "variables", JSONB.valueOf("{\"--bg-void\": \"#000\", \"--accent\": {\"h\": 210}}"), "is_approved", false);
        }
    }

    private static UUID shifted(UUID base, int batch) {
        return new UUID(base.getMostSignificantBits(), base.getLeastSignificantBits() + batch);
    }

    static String vectorLiteral(int dimensions) {
        return IntStream.range(0, dimensions).mapToObj(i -> Float.toString((i % 7) / 8f)).collect(Collectors.joining(",", "[", "]"));
    }

    private static void insert(DSLContext dsl, String table, Object... columnsAndValues) {
        Map<Field<?>, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            Object value = columnsAndValues[i + 1];
            Field<Object> column = field(name((String) columnsAndValues[i]));
            row.put(column, value instanceof Field<?> f ? f : value == null ? inline(null, SQLDataType.OTHER) : inline(value));
        }
        dsl.insertInto(table(name(table))).set(row).execute();
    }

    /** Tables whose rows the fixture writes, for tests that must see every one of them. */
    public static final List<String> TABLES = List.of("task_registry", "task_artifacts", "multimodal_assets",
            "multimodal_capabilities", "multimodal_job_plans", "multimodal_executions", "asset_provenance", "prompts",
            "multimodal_outcomes", "tool_catalog", "tenant_tool_flags", "session_embeddings", "run_receipts", "agent_skins");
}
