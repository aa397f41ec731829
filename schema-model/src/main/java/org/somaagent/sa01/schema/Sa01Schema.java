package org.somaagent.sa01.schema;

import org.somaagent.sa01.schema.baseline.LegacyBaseline;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * The desired schema at head: what {@code sa01-migrate check} compares a database with. Today it
 * is the legacy baseline; the first change to the schema copies the baseline's declarations that it
 * touches into this module's own classes and edits them here, never in the baseline.
 */
public final class Sa01Schema {

    /** The schema every managed object lives in. */
    public static final String SCHEMA = "public";

    private Sa01Schema() {}

    public static SchemaDef head() {
        return LegacyBaseline.schema();
    }
}
