package org.somaagent.sa01.schema.baseline;

import java.util.List;
import org.somaagent.sa01.engine.model.ExtensionDef;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * The schema somaAgent01 deployments already have, as the legacy init scripts left it, declared in
 * creation order. Revision 0001 ensures exactly this; it is history, so it never changes (its
 * checksum is pinned by a test). The desired schema moves on in {@link org.somaagent.sa01.schema.Sa01Schema}.
 */
public final class LegacyBaseline {

    private LegacyBaseline() {}

    public static SchemaDef schema() {
        return SchemaDef.of(
                List.of(new ExtensionDef("vector")),
                List.of(Sa01Enums.ASSET_TYPE, Sa01Enums.JOB_STATUS, Sa01Enums.EXECUTION_STATUS,
                        Sa01Enums.CAPABILITY_HEALTH, Sa01Enums.COST_TIER),
                TaskRegistrySchema.objects(),
                MultimodalSchema.objects(),
                PromptSchema.objects(),
                OutcomeSchema.objects(),
                ToolCatalogSchema.objects(),
                SessionEmbeddingSchema.objects());
    }
}
