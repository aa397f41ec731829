package org.somaagent.sa01.tooling.source;

import java.util.Locale;

/** Java identifiers derived from SQL names; kept dumb and stable because snapshots are frozen. */
public final class JavaNames {

    private JavaNames() {}

    /** {@code multimodal_assets} to {@code MultimodalAssets}. */
    public static String type(String sqlName) {
        StringBuilder out = new StringBuilder();
        for (String word : words(sqlName)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return identifier(out.toString());
    }

    /** {@code multimodal_assets} to {@code MULTIMODAL_ASSETS}; also for fields and enum labels. */
    public static String constant(String sqlName) {
        return identifier(String.join("_", words(sqlName)).toUpperCase(Locale.ROOT));
    }

    /** A Java string literal (names and labels may hold quotes or backslashes). */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", c));  // keeps the generated file ASCII
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Splits on anything not a letter or digit, and between camelCase humps. */
    private static String[] words(String sqlName) {
        String spaced = sqlName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_");
        String trimmed = spaced.replaceAll("^_+|_+$", "");
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no Java name can be derived from " + literal(sqlName));
        }
        return trimmed.split("_");
    }

    private static String identifier(String name) {
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }
}
