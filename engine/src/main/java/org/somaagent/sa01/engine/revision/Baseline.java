package org.somaagent.sa01.engine.revision;

import java.util.function.Supplier;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * The schema that existed before the revisions managed it (databases built by init scripts), and
 * the revision that created it on an empty database. On a database that holds part of it and no
 * version table, the first upgrade adopts: it creates only what is missing of {@code schema},
 * never drops, rewrites or retypes, and records {@code revisionId}.
 *
 * <p>The schema can be given as a supplier, built on first use: only a database to adopt needs it,
 * and building a schema model initialises jOOQ's data types, which a run at head does without (issue #16).
 */
public final class Baseline {

    private final String revisionId;
    private final Supplier<SchemaDef> source;
    private SchemaDef schema;

    public Baseline(String revisionId, SchemaDef schema) {
        this(revisionId, () -> schema);
    }

    private Baseline(String revisionId, Supplier<SchemaDef> source) {
        this.revisionId = revisionId;
        this.source = source;
    }

    /** A baseline whose schema is built when first asked for. */
    public static Baseline lazy(String revisionId, Supplier<SchemaDef> schema) {
        return new Baseline(revisionId, schema);
    }

    public String revisionId() {
        return revisionId;
    }

    public synchronized SchemaDef schema() {
        if (schema == null) {
            schema = source.get();
        }
        return schema;
    }

    @Override
    public String toString() {
        return "Baseline[" + revisionId + "]";
    }
}
