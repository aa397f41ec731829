package org.somaagent.sa01.engine.config;

import java.util.regex.Pattern;

/**
 * The one place passwords are masked, for every log line, error message and stack trace: the
 * known DSN's password wherever it appears (raw or percent-encoded, e.g. echoed in a server
 * message), and any password written into a URL ({@code scheme://user:secret@}) or a parameter
 * ({@code password=secret}), whichever DSN it belongs to.
 */
public final class Redaction {

    static final String MASK = "****";
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@\\s]*:)[^@\\s]*@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)(password=)[^&\\s;]*");

    private Redaction() {}

    /** Masks passwords in {@code text}; {@code dsn} may be null when no DSN is known yet. */
    public static String mask(String text, Dsn dsn) {
        if (text == null) {
            return "";
        }
        String masked = dsn == null ? text : dsn.maskOwnPassword(text);
        return PARAM_PASSWORD.matcher(URL_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@")).replaceAll("$1" + MASK);
    }
}
