package org.somaagent.sa01.schema;

import static org.somaagent.sa01.engine.model.ColumnDefault.genRandomUuid;
import static org.somaagent.sa01.engine.model.ColumnDefault.integer;
import static org.somaagent.sa01.engine.model.ColumnDefault.jsonb;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnDefault.text;
import static org.somaagent.sa01.engine.model.ColumnType.INTEGER;
import static org.somaagent.sa01.engine.model.ColumnType.JSONB;
import static org.somaagent.sa01.engine.model.ColumnType.REAL;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.ColumnDefault;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/**
 * The AgentIQ Governor's audit records, one per turn (upstream somaAgent01's revision 002). The
 * two enum types are declared as upstream has them, though no column uses them:
 * {@code run_receipts.path_mode} and {@code degradation_level} are {@code text}. The check
 * constraints carry the names PostgreSQL generated for upstream's unnamed ones.
 */
final class RunReceiptsSchema {

    private RunReceiptsSchema() {}

    static final EnumDef PATH_MODE = EnumDef.of("path_mode", "fast", "rescue");
    static final EnumDef DEGRADATION_LEVEL = EnumDef.of("degradation_level", "L0", "L1", "L2", "L3", "L4");

    static final TableDef RUN_RECEIPTS = TableDef.named("run_receipts")
            .notNull("id", UUID, genRandomUuid())
            .notNull("turn_id", TEXT)
            .notNull("session_id", TEXT)
            .notNull("tenant_id", TEXT)
            .nullable("capsule_id", TEXT)
            .notNull("aiq_pred", REAL)
            .notNull("aiq_obs", REAL)
            .nullable("confidence", REAL)
            .notNull("lane_budgets", JSONB, jsonb("{}"))
            .notNull("lane_actual", JSONB, jsonb("{}"))
            .notNull("degradation_level", TEXT, text("L0"))
            .notNull("path_mode", TEXT, text("fast"))
            .notNull("tool_k", INTEGER, integer(5))
            .notNull("latency_ms", REAL)
            .notNull("created_at", TIMESTAMPTZ, now())
            .primaryKey("run_receipts_pkey", "id")
            .check("run_receipts_aiq_pred_check", col("aiq_pred").ge(decimal("0.0")).and(col("aiq_pred").le(decimal("100.0"))))
            .check("run_receipts_aiq_obs_check", col("aiq_obs").ge(decimal("0.0")).and(col("aiq_obs").le(decimal("100.0"))))
            .check("run_receipts_confidence_check", col("confidence").isNull()
                    .or(col("confidence").ge(decimal("0.0")).and(col("confidence").le(decimal("1.0")))))
            .check("run_receipts_tool_k_check", col("tool_k").ge(DSL.inline(0)))
            .check("run_receipts_latency_ms_check", col("latency_ms").ge(DSL.inline(0)))
            .comment("AgentIQ Governor audit records: AIQ scores, lane budgets, degradation, and confidence per turn")
            .build();

    static List<SchemaObject> objects() {
        return List.of(PATH_MODE, DEGRADATION_LEVEL, RUN_RECEIPTS,
                IndexDef.btree("idx_run_receipts_session", "run_receipts", col("session_id"), col("created_at").desc()),
                IndexDef.btree("idx_run_receipts_tenant", "run_receipts", col("tenant_id"), col("created_at").desc()),
                IndexDef.partial("idx_run_receipts_degradation", "run_receipts",
                        col("degradation_level").ne(DSL.inline("L0")), col("degradation_level")),
                IndexDef.partial("idx_run_receipts_path_mode", "run_receipts",
                        col("path_mode").eq(DSL.inline("rescue")), col("path_mode")),
                IndexDef.btree("idx_run_receipts_created", "run_receipts", col("created_at").desc()),
                IndexDef.partial("idx_run_receipts_capsule", "run_receipts", col("capsule_id").isNotNull(), col("capsule_id")),
                IndexDef.gin("idx_run_receipts_lane_budgets", "run_receipts", "lane_budgets"));
    }

    static Field<Object> col(String name) {
        return DSL.field(DSL.name(name));
    }

    private static Field<BigDecimal> decimal(String literal) {
        return ColumnDefault.decimalLiteral(literal);
    }
}
