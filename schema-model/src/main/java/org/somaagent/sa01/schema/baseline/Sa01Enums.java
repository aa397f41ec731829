package org.somaagent.sa01.schema.baseline;

import org.somaagent.sa01.engine.model.EnumDef;

/** The five enums of the multimodal schema, labels in their legacy order. */
public final class Sa01Enums {

    private Sa01Enums() {}

    public static final EnumDef ASSET_TYPE = EnumDef.of("asset_type", "image", "video", "diagram", "screenshot", "document");
    public static final EnumDef JOB_STATUS = EnumDef.of("job_status", "pending", "running", "completed", "failed", "cancelled");
    public static final EnumDef EXECUTION_STATUS = EnumDef.of("execution_status", "pending", "running", "success", "failed", "skipped");
    public static final EnumDef CAPABILITY_HEALTH = EnumDef.of("capability_health", "healthy", "degraded", "unavailable");
    public static final EnumDef COST_TIER = EnumDef.of("cost_tier", "free", "low", "medium", "high", "premium");
}
