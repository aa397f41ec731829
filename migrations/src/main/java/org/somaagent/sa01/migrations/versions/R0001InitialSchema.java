package org.somaagent.sa01.migrations.versions;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.somaagent.sa01.engine.revision.Change;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.schema.baseline.LegacyBaseline;

/**
 * The schema the legacy init scripts built: on an empty database it creates all of it; on a legacy
 * deployment it adopts what is there and creates only what is missing. Its downgrade drops it all
 * but the vector extension.
 */
public final class R0001InitialSchema implements Revision {

    public String id() { return "0001_initial_schema"; }

    public Optional<String> parent() { return Optional.empty(); }

    public String description() { return "initial schema: the 12 tables and 5 enums of the legacy init scripts"; }

    public List<Change> upgrade(DSLContext dsl) {
        return Change.ensureAll(LegacyBaseline.schema());
    }

    public List<Change> downgrade(DSLContext dsl) {
        return Change.dropAll(LegacyBaseline.schema());
    }
}
