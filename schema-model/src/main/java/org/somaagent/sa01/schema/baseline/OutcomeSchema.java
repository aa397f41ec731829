package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.schema.baseline.Columns.col;
import static org.somaagent.sa01.schema.baseline.Columns.decimal;
import static org.somaagent.sa01.engine.model.ColumnDefault.genRandomUuid;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnType.BOOLEAN;
import static org.somaagent.sa01.engine.model.ColumnType.REAL;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;

import java.util.List;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.ColumnDefault;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/** Execution outcomes the learning system ranks providers by (legacy script 019). */
final class OutcomeSchema {

    private OutcomeSchema() {}

    static final TableDef OUTCOMES = TableDef.named("multimodal_outcomes")
            .notNull("id", UUID, genRandomUuid())
            .notNull("plan_id", UUID)
            .notNull("task_id", TEXT)
            .notNull("step_type", TEXT)
            .notNull("provider", TEXT)
            .notNull("model", TEXT)
            .notNull("success", BOOLEAN)
            .notNull("latency_ms", REAL)
            .notNull("cost_cents", REAL, ColumnDefault.decimal("0.0"))
            .nullable("quality_score", REAL)
            .nullable("feedback", TEXT)
            .notNull("timestamp", TIMESTAMPTZ, now())
            .primaryKey("multimodal_outcomes_pkey", "id")
            .check("chk_latency_positive", col("latency_ms").ge(DSL.inline(0)))
            .check("chk_cost_positive", col("cost_cents").ge(DSL.inline(0)))
            .check("chk_quality_range", col("quality_score").isNull()
                    .or(col("quality_score").ge(decimal("0.0")).and(col("quality_score").le(decimal("1.0")))))
            .comment("Execution outcomes for SomaBrain learning system (Phase 6: Learning & Ranking)")
            .build();

    static List<SchemaObject> objects() {
        return List.of(OUTCOMES,
                IndexDef.btree("idx_mm_outcomes_step_type", "multimodal_outcomes", col("step_type"), col("timestamp").desc()),
                IndexDef.btree("idx_mm_outcomes_provider", "multimodal_outcomes", col("provider"), col("success")),
                IndexDef.btree("idx_mm_outcomes_plan", "multimodal_outcomes", col("plan_id")),
                IndexDef.btree("idx_mm_outcomes_timestamp", "multimodal_outcomes", col("timestamp").desc()),
                IndexDef.btree("idx_mm_outcomes_success", "multimodal_outcomes", col("success"), col("step_type")));
    }
}
