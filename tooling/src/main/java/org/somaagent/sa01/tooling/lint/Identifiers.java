package org.somaagent.sa01.tooling.lint;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/** Names PostgreSQL would cut: it keeps the first 63 bytes (NAMEDATALEN - 1) without a word. */
final class Identifiers {

    private static final int MAX_BYTES = 63;

    private Identifiers() {}

    /** A finding for each name too long; {@code kind} says what it names ("column", "index"). */
    static List<Finding> tooLong(String kind, Collection<String> names) {
        return names.stream().filter(n -> n.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES)
                .map(n -> new Finding(LintCheck.IDENTIFIER_TOO_LONG, "", n, kind + " " + n)).toList();
    }
}
