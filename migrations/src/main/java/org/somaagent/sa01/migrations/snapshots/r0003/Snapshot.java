package org.somaagent.sa01.migrations.snapshots.r0003;

import com.pgvector.PGvector;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.EnumType;
import org.jooq.JSONB;
import org.jooq.Schema;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.Type;
import org.jooq.impl.CustomRecord;
import org.jooq.impl.CustomTable;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.types.PgTypes;

/**
 * The schema after this revision: one nested class per table, one Java enum per enum type.
 * Generated, then frozen: do not edit. Use with {@code import static org.somaagent.sa01.migrations.snapshots.r0003.Snapshot.*}.
 * No name carries a schema: it is chosen at run time and rendered SQL is checksummed.
 */
public final class Snapshot {

    public static final AgentSkins AGENT_SKINS = new AgentSkins();
    public static final AssetProvenance ASSET_PROVENANCE = new AssetProvenance();
    public static final MultimodalAssets MULTIMODAL_ASSETS = new MultimodalAssets();
    public static final MultimodalCapabilities MULTIMODAL_CAPABILITIES = new MultimodalCapabilities();
    public static final MultimodalExecutions MULTIMODAL_EXECUTIONS = new MultimodalExecutions();
    public static final MultimodalJobPlans MULTIMODAL_JOB_PLANS = new MultimodalJobPlans();
    public static final MultimodalOutcomes MULTIMODAL_OUTCOMES = new MultimodalOutcomes();
    public static final Prompts PROMPTS = new Prompts();
    public static final RunReceipts RUN_RECEIPTS = new RunReceipts();
    public static final SessionEmbeddings SESSION_EMBEDDINGS = new SessionEmbeddings();
    public static final TaskArtifacts TASK_ARTIFACTS = new TaskArtifacts();
    public static final TaskRegistry TASK_REGISTRY = new TaskRegistry();
    public static final TenantToolFlags TENANT_TOOL_FLAGS = new TenantToolFlags();
    public static final ToolCatalog TOOL_CATALOG = new ToolCatalog();
    public static final Type<AssetType> ASSET_TYPE = DSL.type(DSL.name("asset_type"), SQLDataType.VARCHAR.asEnumDataType(AssetType.class));
    public static final Type<CapabilityHealth> CAPABILITY_HEALTH = DSL.type(DSL.name("capability_health"), SQLDataType.VARCHAR.asEnumDataType(CapabilityHealth.class));
    public static final Type<CostTier> COST_TIER = DSL.type(DSL.name("cost_tier"), SQLDataType.VARCHAR.asEnumDataType(CostTier.class));
    public static final Type<DegradationLevel> DEGRADATION_LEVEL = DSL.type(DSL.name("degradation_level"), SQLDataType.VARCHAR.asEnumDataType(DegradationLevel.class));
    public static final Type<ExecutionStatus> EXECUTION_STATUS = DSL.type(DSL.name("execution_status"), SQLDataType.VARCHAR.asEnumDataType(ExecutionStatus.class));
    public static final Type<JobStatus> JOB_STATUS = DSL.type(DSL.name("job_status"), SQLDataType.VARCHAR.asEnumDataType(JobStatus.class));
    public static final Type<PathMode> PATH_MODE = DSL.type(DSL.name("path_mode"), SQLDataType.VARCHAR.asEnumDataType(PathMode.class));

    public static final List<Table<?>> TABLES = List.of(AGENT_SKINS, ASSET_PROVENANCE, MULTIMODAL_ASSETS, MULTIMODAL_CAPABILITIES, MULTIMODAL_EXECUTIONS, MULTIMODAL_JOB_PLANS, MULTIMODAL_OUTCOMES, PROMPTS, RUN_RECEIPTS, SESSION_EMBEDDINGS, TASK_ARTIFACTS, TASK_REGISTRY, TENANT_TOOL_FLAGS, TOOL_CATALOG);
    public static final List<Type<?>> TYPES = List.of(ASSET_TYPE, CAPABILITY_HEALTH, COST_TIER, DEGRADATION_LEVEL, EXECUTION_STATUS, JOB_STATUS, PATH_MODE);

    private Snapshot() {}

    public static final class AgentSkins extends CustomTable<AgentSkins.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, UUID> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> NAME = createField(DSL.name("name"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> DESCRIPTION = createField(DSL.name("description"), SQLDataType.CLOB);
        public final TableField<Rec, String> VERSION = createField(DSL.name("version"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> AUTHOR = createField(DSL.name("author"), SQLDataType.CLOB);
        public final TableField<Rec, JSONB> VARIABLES = createField(DSL.name("variables"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, JSONB> CHANGELOG = createField(DSL.name("changelog"), SQLDataType.JSONB);
        public final TableField<Rec, Boolean> IS_APPROVED = createField(DSL.name("is_approved"), SQLDataType.BOOLEAN.notNull());
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private AgentSkins() { super(DSL.name("agent_skins")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(AGENT_SKINS); } }
    }

    public static final class AssetProvenance extends CustomTable<AssetProvenance.Rec> {
        public final TableField<Rec, UUID> ASSET_ID = createField(DSL.name("asset_id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> REQUEST_ID = createField(DSL.name("request_id"), SQLDataType.CLOB);
        public final TableField<Rec, UUID> EXECUTION_ID = createField(DSL.name("execution_id"), SQLDataType.UUID);
        public final TableField<Rec, UUID> PLAN_ID = createField(DSL.name("plan_id"), SQLDataType.UUID);
        public final TableField<Rec, String> USER_ID = createField(DSL.name("user_id"), SQLDataType.CLOB);
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> SESSION_ID = createField(DSL.name("session_id"), SQLDataType.CLOB);
        public final TableField<Rec, String> PROMPT_SUMMARY = createField(DSL.name("prompt_summary"), SQLDataType.CLOB);
        public final TableField<Rec, JSONB> GENERATION_PARAMS = createField(DSL.name("generation_params"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, String> TOOL_ID = createField(DSL.name("tool_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> PROVIDER = createField(DSL.name("provider"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> MODEL_VERSION = createField(DSL.name("model_version"), SQLDataType.CLOB);
        public final TableField<Rec, String> TRACE_ID = createField(DSL.name("trace_id"), SQLDataType.CLOB);
        public final TableField<Rec, String> SPAN_ID = createField(DSL.name("span_id"), SQLDataType.CLOB);
        public final TableField<Rec, Boolean> QUALITY_GATE_PASSED = createField(DSL.name("quality_gate_passed"), SQLDataType.BOOLEAN);
        public final TableField<Rec, Float> QUALITY_SCORE = createField(DSL.name("quality_score"), SQLDataType.REAL);
        public final TableField<Rec, Integer> REWORK_COUNT = createField(DSL.name("rework_count"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private AssetProvenance() { super(DSL.name("asset_provenance")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(ASSET_PROVENANCE); } }
    }

    public static final class MultimodalAssets extends CustomTable<MultimodalAssets.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> SESSION_ID = createField(DSL.name("session_id"), SQLDataType.CLOB);
        public final TableField<Rec, AssetType> ASSET_TYPE = createField(DSL.name("asset_type"), SQLDataType.VARCHAR.asEnumDataType(AssetType.class).notNull());
        public final TableField<Rec, String> FORMAT = createField(DSL.name("format"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> STORAGE_PATH = createField(DSL.name("storage_path"), SQLDataType.CLOB);
        public final TableField<Rec, byte[]> CONTENT = createField(DSL.name("content"), SQLDataType.BLOB);
        public final TableField<Rec, Long> CONTENT_SIZE_BYTES = createField(DSL.name("content_size_bytes"), SQLDataType.BIGINT.notNull());
        public final TableField<Rec, String> CHECKSUM_SHA256 = createField(DSL.name("checksum_sha256"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> ORIGINAL_FILENAME = createField(DSL.name("original_filename"), SQLDataType.CLOB);
        public final TableField<Rec, String> MIME_TYPE = createField(DSL.name("mime_type"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, JSONB> DIMENSIONS = createField(DSL.name("dimensions"), SQLDataType.JSONB);
        public final TableField<Rec, JSONB> METADATA = createField(DSL.name("metadata"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());
        public final TableField<Rec, OffsetDateTime> EXPIRES_AT = createField(DSL.name("expires_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private MultimodalAssets() { super(DSL.name("multimodal_assets")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(MULTIMODAL_ASSETS); } }
    }

    public static final class MultimodalCapabilities extends CustomTable<MultimodalCapabilities.Rec> {
        public final TableField<Rec, String> TOOL_ID = createField(DSL.name("tool_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> PROVIDER = createField(DSL.name("provider"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB);
        public final TableField<Rec, JSONB> MODALITIES = createField(DSL.name("modalities"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, JSONB> INPUT_SCHEMA = createField(DSL.name("input_schema"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, JSONB> OUTPUT_SCHEMA = createField(DSL.name("output_schema"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, JSONB> CONSTRAINTS = createField(DSL.name("constraints"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, CostTier> COST_TIER = createField(DSL.name("cost_tier"), SQLDataType.VARCHAR.asEnumDataType(CostTier.class).notNull());
        public final TableField<Rec, Integer> LATENCY_P95_MS = createField(DSL.name("latency_p95_ms"), SQLDataType.INTEGER);
        public final TableField<Rec, CapabilityHealth> HEALTH_STATUS = createField(DSL.name("health_status"), SQLDataType.VARCHAR.asEnumDataType(CapabilityHealth.class).notNull());
        public final TableField<Rec, OffsetDateTime> LAST_HEALTH_CHECK = createField(DSL.name("last_health_check"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public final TableField<Rec, Integer> FAILURE_COUNT = createField(DSL.name("failure_count"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, Boolean> ENABLED = createField(DSL.name("enabled"), SQLDataType.BOOLEAN.notNull());
        public final TableField<Rec, String> DISPLAY_NAME = createField(DSL.name("display_name"), SQLDataType.CLOB);
        public final TableField<Rec, String> DESCRIPTION = createField(DSL.name("description"), SQLDataType.CLOB);
        public final TableField<Rec, String> DOCUMENTATION_URL = createField(DSL.name("documentation_url"), SQLDataType.CLOB);
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private MultimodalCapabilities() { super(DSL.name("multimodal_capabilities")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(MULTIMODAL_CAPABILITIES); } }
    }

    public static final class MultimodalExecutions extends CustomTable<MultimodalExecutions.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, UUID> PLAN_ID = createField(DSL.name("plan_id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, Integer> STEP_INDEX = createField(DSL.name("step_index"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> TOOL_ID = createField(DSL.name("tool_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> PROVIDER = createField(DSL.name("provider"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, ExecutionStatus> STATUS = createField(DSL.name("status"), SQLDataType.VARCHAR.asEnumDataType(ExecutionStatus.class).notNull());
        public final TableField<Rec, Integer> ATTEMPT_NUMBER = createField(DSL.name("attempt_number"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, UUID> ASSET_ID = createField(DSL.name("asset_id"), SQLDataType.UUID);
        public final TableField<Rec, Integer> LATENCY_MS = createField(DSL.name("latency_ms"), SQLDataType.INTEGER);
        public final TableField<Rec, Integer> COST_ESTIMATE_CENTS = createField(DSL.name("cost_estimate_cents"), SQLDataType.INTEGER);
        public final TableField<Rec, Float> QUALITY_SCORE = createField(DSL.name("quality_score"), SQLDataType.REAL);
        public final TableField<Rec, JSONB> QUALITY_FEEDBACK = createField(DSL.name("quality_feedback"), SQLDataType.JSONB);
        public final TableField<Rec, String> ERROR_CODE = createField(DSL.name("error_code"), SQLDataType.CLOB);
        public final TableField<Rec, String> ERROR_MESSAGE = createField(DSL.name("error_message"), SQLDataType.CLOB);
        public final TableField<Rec, OffsetDateTime> STARTED_AT = createField(DSL.name("started_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public final TableField<Rec, OffsetDateTime> COMPLETED_AT = createField(DSL.name("completed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private MultimodalExecutions() { super(DSL.name("multimodal_executions")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(MULTIMODAL_EXECUTIONS); } }
    }

    public static final class MultimodalJobPlans extends CustomTable<MultimodalJobPlans.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> SESSION_ID = createField(DSL.name("session_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> REQUEST_ID = createField(DSL.name("request_id"), SQLDataType.CLOB);
        public final TableField<Rec, JSONB> PLAN_JSON = createField(DSL.name("plan_json"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, String> PLAN_VERSION = createField(DSL.name("plan_version"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, JobStatus> STATUS = createField(DSL.name("status"), SQLDataType.VARCHAR.asEnumDataType(JobStatus.class).notNull());
        public final TableField<Rec, Integer> TOTAL_STEPS = createField(DSL.name("total_steps"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, Integer> COMPLETED_STEPS = createField(DSL.name("completed_steps"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, Integer> BUDGET_LIMIT_CENTS = createField(DSL.name("budget_limit_cents"), SQLDataType.INTEGER);
        public final TableField<Rec, Integer> BUDGET_USED_CENTS = createField(DSL.name("budget_used_cents"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, OffsetDateTime> STARTED_AT = createField(DSL.name("started_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public final TableField<Rec, OffsetDateTime> COMPLETED_AT = createField(DSL.name("completed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public final TableField<Rec, String> ERROR_MESSAGE = createField(DSL.name("error_message"), SQLDataType.CLOB);
        public final TableField<Rec, JSONB> ERROR_DETAILS = createField(DSL.name("error_details"), SQLDataType.JSONB);
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private MultimodalJobPlans() { super(DSL.name("multimodal_job_plans")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(MULTIMODAL_JOB_PLANS); } }
    }

    public static final class MultimodalOutcomes extends CustomTable<MultimodalOutcomes.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, UUID> PLAN_ID = createField(DSL.name("plan_id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> TASK_ID = createField(DSL.name("task_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> STEP_TYPE = createField(DSL.name("step_type"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> PROVIDER = createField(DSL.name("provider"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> MODEL = createField(DSL.name("model"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, Boolean> SUCCESS = createField(DSL.name("success"), SQLDataType.BOOLEAN.notNull());
        public final TableField<Rec, Float> LATENCY_MS = createField(DSL.name("latency_ms"), SQLDataType.REAL.notNull());
        public final TableField<Rec, Float> COST_CENTS = createField(DSL.name("cost_cents"), SQLDataType.REAL.notNull());
        public final TableField<Rec, Float> QUALITY_SCORE = createField(DSL.name("quality_score"), SQLDataType.REAL);
        public final TableField<Rec, String> FEEDBACK = createField(DSL.name("feedback"), SQLDataType.CLOB);
        public final TableField<Rec, OffsetDateTime> TIMESTAMP = createField(DSL.name("timestamp"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private MultimodalOutcomes() { super(DSL.name("multimodal_outcomes")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(MULTIMODAL_OUTCOMES); } }
    }

    public static final class Prompts extends CustomTable<Prompts.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR(255).notNull());
        public final TableField<Rec, Integer> VERSION = createField(DSL.name("version"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, String> CONTENT = createField(DSL.name("content"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private Prompts() { super(DSL.name("prompts")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(PROMPTS); } }
    }

    public static final class RunReceipts extends CustomTable<RunReceipts.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> TURN_ID = createField(DSL.name("turn_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> SESSION_ID = createField(DSL.name("session_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> CAPSULE_ID = createField(DSL.name("capsule_id"), SQLDataType.CLOB);
        public final TableField<Rec, Float> AIQ_PRED = createField(DSL.name("aiq_pred"), SQLDataType.REAL.notNull());
        public final TableField<Rec, Float> AIQ_OBS = createField(DSL.name("aiq_obs"), SQLDataType.REAL.notNull());
        public final TableField<Rec, Float> CONFIDENCE = createField(DSL.name("confidence"), SQLDataType.REAL);
        public final TableField<Rec, JSONB> LANE_BUDGETS = createField(DSL.name("lane_budgets"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, JSONB> LANE_ACTUAL = createField(DSL.name("lane_actual"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, String> DEGRADATION_LEVEL = createField(DSL.name("degradation_level"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> PATH_MODE = createField(DSL.name("path_mode"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, Integer> TOOL_K = createField(DSL.name("tool_k"), SQLDataType.INTEGER.notNull());
        public final TableField<Rec, Float> LATENCY_MS = createField(DSL.name("latency_ms"), SQLDataType.REAL.notNull());
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private RunReceipts() { super(DSL.name("run_receipts")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(RUN_RECEIPTS); } }
    }

    public static final class SessionEmbeddings extends CustomTable<SessionEmbeddings.Rec> {
        public final TableField<Rec, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.notNull());
        public final TableField<Rec, UUID> SESSION_ID = createField(DSL.name("session_id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> TEXT = createField(DSL.name("text"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, PGvector> VECTOR = createField(DSL.name("vector"), PgTypes.vector(384));
        public final TableField<Rec, JSONB> METADATA = createField(DSL.name("metadata"), SQLDataType.JSONB);
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private SessionEmbeddings() { super(DSL.name("session_embeddings")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(SESSION_EMBEDDINGS); } }
    }

    public static final class TaskArtifacts extends CustomTable<TaskArtifacts.Rec> {
        public final TableField<Rec, UUID> ID = createField(DSL.name("id"), SQLDataType.UUID.notNull());
        public final TableField<Rec, String> NAME = createField(DSL.name("name"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> VERSION = createField(DSL.name("version"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> STORAGE_URI = createField(DSL.name("storage_uri"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> SHA256 = createField(DSL.name("sha256"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> SIGNED_BY = createField(DSL.name("signed_by"), SQLDataType.CLOB);
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private TaskArtifacts() { super(DSL.name("task_artifacts")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(TASK_ARTIFACTS); } }
    }

    public static final class TaskRegistry extends CustomTable<TaskRegistry.Rec> {
        public final TableField<Rec, String> NAME = createField(DSL.name("name"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> KIND = createField(DSL.name("kind"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> MODULE_PATH = createField(DSL.name("module_path"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> CALLABLE = createField(DSL.name("callable"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> QUEUE = createField(DSL.name("queue"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> RATE_LIMIT = createField(DSL.name("rate_limit"), SQLDataType.CLOB);
        public final TableField<Rec, Integer> MAX_RETRIES = createField(DSL.name("max_retries"), SQLDataType.INTEGER);
        public final TableField<Rec, Integer> SOFT_TIME_LIMIT = createField(DSL.name("soft_time_limit"), SQLDataType.INTEGER);
        public final TableField<Rec, Integer> TIME_LIMIT = createField(DSL.name("time_limit"), SQLDataType.INTEGER);
        public final TableField<Rec, Boolean> ENABLED = createField(DSL.name("enabled"), SQLDataType.BOOLEAN.notNull());
        public final TableField<Rec, String[]> TENANT_SCOPE = createField(DSL.name("tenant_scope"), SQLDataType.CLOB.array());
        public final TableField<Rec, String[]> PERSONA_SCOPE = createField(DSL.name("persona_scope"), SQLDataType.CLOB.array());
        public final TableField<Rec, JSONB> ARG_SCHEMA = createField(DSL.name("arg_schema"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, String> ARTIFACT_HASH = createField(DSL.name("artifact_hash"), SQLDataType.CLOB);
        public final TableField<Rec, String[]> SOMA_TAGS = createField(DSL.name("soma_tags"), SQLDataType.CLOB.array());
        public final TableField<Rec, String> CREATED_BY = createField(DSL.name("created_by"), SQLDataType.CLOB);
        public final TableField<Rec, OffsetDateTime> CREATED_AT = createField(DSL.name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE.notNull());

        private TaskRegistry() { super(DSL.name("task_registry")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(TASK_REGISTRY); } }
    }

    public static final class TenantToolFlags extends CustomTable<TenantToolFlags.Rec> {
        public final TableField<Rec, String> TENANT_ID = createField(DSL.name("tenant_id"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> TOOL_NAME = createField(DSL.name("tool_name"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, Boolean> ENABLED = createField(DSL.name("enabled"), SQLDataType.BOOLEAN.notNull());
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private TenantToolFlags() { super(DSL.name("tenant_tool_flags")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(TENANT_TOOL_FLAGS); } }
    }

    public static final class ToolCatalog extends CustomTable<ToolCatalog.Rec> {
        public final TableField<Rec, String> NAME = createField(DSL.name("name"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, String> DESCRIPTION = createField(DSL.name("description"), SQLDataType.CLOB.notNull());
        public final TableField<Rec, JSONB> PARAMETERS_SCHEMA = createField(DSL.name("parameters_schema"), SQLDataType.JSONB.notNull());
        public final TableField<Rec, Boolean> ENABLED = createField(DSL.name("enabled"), SQLDataType.BOOLEAN);
        public final TableField<Rec, String> COST_IMPACT = createField(DSL.name("cost_impact"), SQLDataType.CLOB);
        public final TableField<Rec, String[]> PROFILES = createField(DSL.name("profiles"), SQLDataType.CLOB.array());
        public final TableField<Rec, OffsetDateTime> UPDATED_AT = createField(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

        private ToolCatalog() { super(DSL.name("tool_catalog")); }
        @Override public Class<Rec> getRecordType() { return Rec.class; }
        public static final class Rec extends CustomRecord<Rec> { public Rec() { super(TOOL_CATALOG); } }
    }

    public enum AssetType implements EnumType {
        IMAGE("image"),
        VIDEO("video"),
        DIAGRAM("diagram"),
        SCREENSHOT("screenshot"),
        DOCUMENT("document");
        private final String literal;
        AssetType(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "asset_type"; }
        @Override public Schema getSchema() { return null; }
    }

    public enum CapabilityHealth implements EnumType {
        HEALTHY("healthy"),
        DEGRADED("degraded"),
        UNAVAILABLE("unavailable");
        private final String literal;
        CapabilityHealth(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "capability_health"; }
        @Override public Schema getSchema() { return null; }
    }

    public enum CostTier implements EnumType {
        FREE("free"),
        LOW("low"),
        MEDIUM("medium"),
        HIGH("high"),
        PREMIUM("premium");
        private final String literal;
        CostTier(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "cost_tier"; }
        @Override public Schema getSchema() { return null; }
    }

    public enum DegradationLevel implements EnumType {
        L0("L0"),
        L1("L1"),
        L2("L2"),
        L3("L3"),
        L4("L4");
        private final String literal;
        DegradationLevel(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "degradation_level"; }
        @Override public Schema getSchema() { return null; }
    }

    public enum ExecutionStatus implements EnumType {
        PENDING("pending"),
        RUNNING("running"),
        SUCCESS("success"),
        FAILED("failed"),
        SKIPPED("skipped");
        private final String literal;
        ExecutionStatus(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "execution_status"; }
        @Override public Schema getSchema() { return null; }
    }

    public enum JobStatus implements EnumType {
        PENDING("pending"),
        RUNNING("running"),
        COMPLETED("completed"),
        FAILED("failed"),
        CANCELLED("cancelled");
        private final String literal;
        JobStatus(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "job_status"; }
        @Override public Schema getSchema() { return null; }
    }

    public enum PathMode implements EnumType {
        FAST("fast"),
        RESCUE("rescue");
        private final String literal;
        PathMode(String literal) { this.literal = literal; }
        @Override public String getLiteral() { return literal; }
        @Override public String getName() { return "path_mode"; }
        @Override public Schema getSchema() { return null; }
    }
}
