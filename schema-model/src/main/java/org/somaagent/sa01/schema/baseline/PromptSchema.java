package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.engine.model.ColumnDefault.integer;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnType.INTEGER;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.ColumnType.UUID;
import static org.somaagent.sa01.engine.model.ColumnType.varchar;

import java.util.List;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;

/** Prompts managed at runtime, and the seeded critic prompt (legacy script 018). */
final class PromptSchema {

    private PromptSchema() {}

    static final TableDef PROMPTS = TableDef.named("prompts")
            .notNull("id", UUID)
            .notNull("name", varchar(255))
            .notNull("version", INTEGER, integer(1))
            .notNull("content", TEXT)
            .nullable("created_at", TIMESTAMPTZ, now())
            .nullable("updated_at", TIMESTAMPTZ, now())
            .primaryKey("prompts_pkey", "id")
            .unique("prompts_name_key", "name")
            .build();

    static final SeedRows SEED = SeedRows.into("prompts", "name")
            .row("id", java.util.UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
                    "name", "multimodal_critic",
                    "version", 1,
                    "content", """
                            You are an expert design critic. Evaluate the provided image against these criteria:
                            {criteria}

                            Return JSON only: {{
                              "pass": bool,
                              "score": float(0.0-1.0),
                              "feedback": "string"
                            }}""")
            .build();

    static List<SchemaObject> objects() {
        return List.of(PROMPTS, SEED);
    }
}
