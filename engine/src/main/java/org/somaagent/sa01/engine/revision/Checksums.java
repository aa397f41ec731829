package org.somaagent.sa01.engine.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a revision's rendered upgrade SQL. Line endings cannot differ (the SQL is rendered,
 * not read from a file), so the text is hashed as it is.
 */
public final class Checksums {

    private Checksums() {}

    public static String of(Revision revision) {
        return sha256(upgradeScript(revision));
    }

    public static String upgradeScript(Revision revision) {
        return SqlRenderer.script(revision.upgrade());
    }

    public static String downgradeScript(Revision revision) {
        return SqlRenderer.script(revision.downgrade());
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
