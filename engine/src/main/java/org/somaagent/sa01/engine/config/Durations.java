package org.somaagent.sa01.engine.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.somaagent.sa01.engine.error.MigrationException;

/** Parses {@code 500ms}, {@code 5s}, {@code 2min}, {@code 1h}; a bare number means seconds. */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|min|h)?");

    private Durations() {}

    static Duration parse(String key, String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw MigrationException.usage("setting " + key + "='" + text + "' is not a duration: write e.g. 500ms, 5s, 2min or 1h");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
