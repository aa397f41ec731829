package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.schema.baseline.Columns.col;
import static org.somaagent.sa01.engine.model.ColumnDefault.bool;
import static org.somaagent.sa01.engine.model.ColumnDefault.genRandomUuid;
import static org.somaagent.sa01.engine.model.ColumnDefault.jsonb;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnDefault.textArray;
import static org.somaagent.sa01.engine.model.ColumnType.BOOLEAN;
import static org.somaagent.sa01.engine.model.ColumnType.INTEGER;
import static org.somaagent.sa01.engine.model.ColumnType.JSONB;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT_ARRAY;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;

import java.util.List;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.model.TriggerDef;

/** Runtime-registered tasks and tools, and their signed artifacts (legacy script 016). */
final class TaskRegistrySchema {

    private TaskRegistrySchema() {}

    static final TableDef TASK_REGISTRY = TableDef.named("task_registry")
            .notNull("name", TEXT)
            .notNull("kind", TEXT)
            .notNull("module_path", TEXT)
            .notNull("callable", TEXT)
            .notNull("queue", TEXT)
            .nullable("rate_limit", TEXT)
            .nullable("max_retries", INTEGER)
            .nullable("soft_time_limit", INTEGER)
            .nullable("time_limit", INTEGER)
            .notNull("enabled", BOOLEAN, bool(true))
            .nullable("tenant_scope", TEXT_ARRAY, textArray("{}", "{}"))
            .nullable("persona_scope", TEXT_ARRAY, textArray("{}", "{}"))
            .notNull("arg_schema", JSONB, jsonb("{}"))
            .nullable("artifact_hash", TEXT)
            .nullable("soma_tags", TEXT_ARRAY, textArray("{}", "{}"))
            .nullable("created_by", TEXT)
            .notNull("created_at", TIMESTAMPTZ, now())
            .notNull("updated_at", TIMESTAMPTZ, now())
            .primaryKey("task_registry_pkey", "name")
            .check("task_registry_kind_check", col("kind").in(DSL.inline("task"), DSL.inline("tool")))
            .build();

    static final TableDef TASK_ARTIFACTS = TableDef.named("task_artifacts")
            .notNull("id", UUID, genRandomUuid())
            .notNull("name", TEXT)
            .notNull("version", TEXT)
            .notNull("storage_uri", TEXT)
            .notNull("sha256", TEXT)
            .nullable("signed_by", TEXT)
            .notNull("created_at", TIMESTAMPTZ, now())
            .primaryKey("task_artifacts_pkey", "id")
            .unique("task_artifacts_unique", "name", "version")
            .build();

    static List<SchemaObject> objects() {
        return List.of(
                TASK_REGISTRY,
                TASK_ARTIFACTS,
                TouchUpdatedAt.function("task_registry_touch_updated_at"),
                new TriggerDef("task_registry_set_updated_at", "task_registry", "task_registry_touch_updated_at"),
                IndexDef.btree("task_registry_enabled_idx", "task_registry", col("enabled")),
                IndexDef.btree("task_registry_queue_idx", "task_registry", col("queue")),
                IndexDef.btree("task_registry_kind_idx", "task_registry", col("kind")));
    }
}
