package org.somaagent.sa01.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One redactor. The two it replaced disagreed: the DSN's own masked only its password (a second
 * DSN's {@code password=} in the same message went out), the CLI's masked only URL and parameter
 * forms (the password echoed bare in a server message went out).
 */
class RedactionTest {

    private static final Dsn DSN = Dsn.parse("postgresql://soma:s3cr%40t@db/agent");

    @Test
    void masksTheDsnsOwnPasswordAndAnyWrittenPassword() {
        String text = "could not log in with s3cr@t; fallback jdbc:postgresql://h/db?user=a&password=0ther; "
                + "replica postgresql://r:r3plica@h2/db";
        String masked = Redaction.mask(text, DSN);
        assertThat(masked).doesNotContain("s3cr", "0ther", "r3plica");
        assertThat(DSN.redact(text)).isEqualTo(masked);
    }

    @Test
    void withoutADsnThePatternsStillApply() {
        assertThat(Redaction.mask("postgresql://u:pw@h/db and password=x", null)).isEqualTo("postgresql://u:****@h/db and password=****");
        assertThat(Redaction.mask(null, null)).isEmpty();
    }
}
