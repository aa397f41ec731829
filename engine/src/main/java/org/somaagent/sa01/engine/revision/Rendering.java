package org.somaagent.sa01.engine.revision;

import org.jooq.Constants;

/**
 * A revision's upgrade as this build renders it: the SQL text, its checksum, and the jOOQ version
 * that rendered it. The version table stores all three, so that a later build whose jOOQ renders
 * the same statements differently can say so (and {@code repair} can adopt the new text) instead
 * of calling the revision changed.
 */
public record Rendering(String sql, String checksum, String renderer) {

    /** jOOQ's version, as its own history table records it. */
    public static final String RENDERER = "jOOQ " + Constants.VERSION;

    public static Rendering of(Revision revision) {
        String sql = Checksums.upgradeScript(revision);
        return new Rendering(sql, Checksums.sha256(sql), RENDERER);
    }
}
