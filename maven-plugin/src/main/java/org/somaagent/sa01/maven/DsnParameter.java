package org.somaagent.sa01.maven;

import org.somaagent.sa01.engine.config.Redaction;
import org.somaagent.sa01.engine.config.Dsn;

/**
 * A DSN given as a plugin parameter ({@code <dsn>}, {@code -Dsa01.dsn=}). Not a {@code String}:
 * Maven's {@code -X} prints every mojo parameter's {@code toString()}, and this one shows the DSN
 * with its password masked. Maven fills it through {@link #set(String)} (plexus calls a bean's
 * {@code set} method when the configuration is a plain value).
 */
public final class DsnParameter {

    private String text;

    public DsnParameter() {}

    public static DsnParameter of(String text) {
        DsnParameter p = new DsnParameter();
        p.set(text);
        return p;
    }

    public void set(String value) {
        this.text = value;
    }

    /** The DSN as written, password included: for the engine only, never for output. */
    String text() {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        if (text() == null) {
            return "(none)";
        }
        try {
            return Dsn.parse(text).toString();
        } catch (RuntimeException e) {
            return Redaction.mask(text, null);
        }
    }
}
