package org.somaagent.sa01.engine.revision;

import java.util.Map;

/**
 * Another tool's version table that a database may carry instead of ours, such as Alembic's
 * {@code alembic_version(version_num)}: each of its revision ids this set can take over, mapped to
 * the {@link Baseline} it equals (our revision, and the schema our revisions define up to it). On
 * a database without our version table, the first upgrade reads it and adopts that baseline; the
 * table itself is never written, so going back to the other tool stays possible.
 */
public record ForeignVersions(String table, String column, Map<String, Baseline> baselines) {

    public ForeignVersions {
        baselines = Map.copyOf(baselines);
    }

    /** Alembic's version table, under its default name. */
    public static ForeignVersions alembic(Map<String, Baseline> baselines) {
        return new ForeignVersions("alembic_version", "version_num", baselines);
    }

    /** How a taken-over revision is named in messages and in the version log: {@code alembic_version 003}. */
    public String origin(String foreignId) {
        return table + " " + foreignId;
    }
}
