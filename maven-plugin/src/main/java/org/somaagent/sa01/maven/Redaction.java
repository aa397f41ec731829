package org.somaagent.sa01.maven;

import java.util.regex.Pattern;

/** The CLI's masking (cli ErrorReporter), for the build log: {@code scheme://user:secret@} and {@code password=secret}. */
final class Redaction {

    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@\\s]*:)[^@\\s]*@");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)(password=)[^&\\s;]*");

    private Redaction() {}

    static String redact(String text) {
        if (text == null) {
            return "";
        }
        return PARAM_PASSWORD.matcher(URL_PASSWORD.matcher(text).replaceAll("$1****@")).replaceAll("$1****");
    }
}
