package org.somaagent.sa01.schema;

import org.somaagent.sa01.schema.baseline.LegacyBaseline;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * The desired schema at head: what {@code sa01-migrate check} compares a database with: the legacy
 * baseline, then what each later change declares in this module's own classes (never in the
 * baseline), in creation order.
 */
public final class Sa01Schema {

    /** The schema every managed object lives in. */
    public static final String SCHEMA = "public";

    private Sa01Schema() {}

    public static SchemaDef head() {
        return SchemaDef.of(withRunReceipts().objects(), AgentSkinsSchema.objects());
    }

    /** The schema as revision 0002 leaves it (and upstream's Alembic 002): the legacy baseline and run_receipts. */
    public static SchemaDef withRunReceipts() {
        return SchemaDef.of(LegacyBaseline.schema().objects(), RunReceiptsSchema.objects());
    }
}
