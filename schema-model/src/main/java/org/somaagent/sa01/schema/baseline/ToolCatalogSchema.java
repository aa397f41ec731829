package org.somaagent.sa01.schema.baseline;

import static org.somaagent.sa01.schema.baseline.Columns.col;
import static org.somaagent.sa01.schema.baseline.Columns.json;
import static org.somaagent.sa01.schema.baseline.Columns.textArray;
import static org.somaagent.sa01.engine.model.ColumnDefault.bool;
import static org.somaagent.sa01.engine.model.ColumnDefault.now;
import static org.somaagent.sa01.engine.model.ColumnDefault.text;
import static org.somaagent.sa01.engine.model.ColumnType.BOOLEAN;
import static org.somaagent.sa01.engine.model.ColumnType.JSONB;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT;
import static org.somaagent.sa01.engine.model.ColumnType.TEXT_ARRAY;
import static org.somaagent.sa01.engine.model.ColumnType.TIMESTAMPTZ;
import static org.somaagent.sa01.engine.model.Constraint.OnDelete.CASCADE;

import java.util.List;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.ColumnDefault;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.SeedRows;
import org.somaagent.sa01.engine.model.TableDef;

/** The central tool catalog and per-tenant overrides, fail-closed (legacy script 020). */
final class ToolCatalogSchema {

    private ToolCatalogSchema() {}

    static final TableDef TOOL_CATALOG = TableDef.named("tool_catalog")
            .notNull("name", TEXT)
            .notNull("description", TEXT)
            .notNull("parameters_schema", JSONB)
            .nullable("enabled", BOOLEAN, bool(true))
            .nullable("cost_impact", TEXT, text("low"))
            .nullable("profiles", TEXT_ARRAY, ColumnDefault.textArray("{\"standard\"}", "{standard}"))
            .nullable("updated_at", TIMESTAMPTZ, now())
            .primaryKey("tool_catalog_pkey", "name")
            .check("tool_catalog_cost_impact_check", col("cost_impact").in(DSL.inline("low"), DSL.inline("medium"), DSL.inline("high")))
            .build();

    static final TableDef TENANT_TOOL_FLAGS = TableDef.named("tenant_tool_flags")
            .notNull("tenant_id", TEXT)
            .notNull("tool_name", TEXT)
            .notNull("enabled", BOOLEAN)
            .nullable("updated_at", TIMESTAMPTZ, now())
            .primaryKey("tenant_tool_flags_pkey", "tenant_id", "tool_name")
            .foreignKey("tenant_tool_flags_tool_name_fkey", "tool_name", "tool_catalog", "name", CASCADE)
            .build();

    static final SeedRows TOOLS = SeedRows.into("tool_catalog", "name")
            .row("name", "echo", "description", "Echoes input text back",
                    "parameters_schema", json("{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}},\"required\":[\"text\"]}"),
                    "cost_impact", "low", "profiles", textArray("standard", "enhanced"))
            .row("name", "document_ingest", "description", "Extract text from uploaded document",
                    "parameters_schema", json("{\"type\":\"object\",\"properties\":{\"attachment_id\":{\"type\":\"string\"}},\"required\":[\"attachment_id\"]}"),
                    "cost_impact", "medium", "profiles", textArray("enhanced", "max"))
            .build();

    static List<SchemaObject> objects() {
        return List.of(TOOL_CATALOG, TOOLS, TENANT_TOOL_FLAGS);
    }
}
