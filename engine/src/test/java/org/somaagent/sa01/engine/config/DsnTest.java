package org.somaagent.sa01.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;

class DsnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://soma:soma@localhost:5432/somaagent01           | localhost | 5432 | soma  | soma     | somaagent01
            postgres://soma:soma@db.internal/somaagent01                 | db.internal | 5432 | soma | soma    | somaagent01
            postgresql+asyncpg://app:pw@10.0.0.5:6543/agent              | 10.0.0.5  | 6543 | app   | pw       | agent
            postgresql+psycopg://app:pw@pg:5432/agent                    | pg        | 5432 | app   | pw       | agent
            postgresql://u:p%40ss%3Aw%2Frd@h/db                          | h         | 5432 | u     | p@ss:w/rd | db
            postgresql://u%40corp:secret@h:1/db                          | h         | 1    | u@corp | secret  | db
            postgresql://u:pw@[::1]:5433/db                              | ::1       | 5433 | u     | pw       | db
            postgresql://u:pw@[2001:db8::7]/db                           | 2001:db8::7 | 5432 | u   | pw       | db
            postgresql://u@h/db                                          | h         | 5432 | u     |          | db
            postgresql://u:pa+ss@h/db                                    | h         | 5432 | u     | pa+ss    | db
            postgresql://u:pw@h/my%20db                                  | h         | 5432 | u     | pw       | my db
            jdbc:postgresql://h:5439/db?user=j&password=jp               | h         | 5439 | j     | jp       | db
            postgresql:///db?host=sock-host&user=x                       | sock-host | 5432 | x     |          | db
            postgresql://u:pw@h/db?sslmode=require&application_name=web  | h         | 5432 | u     | pw       | db
            """)
    void parsesTheFormsDeploymentsUse(String text, String host, int port, String user, String password, String database) {
        Dsn dsn = Dsn.parse(text);
        assertThat(dsn.host()).isEqualTo(host);
        assertThat(dsn.port()).isEqualTo(port);
        assertThat(dsn.user()).isEqualTo(user);
        assertThat(dsn.password().orElse(null)).isEqualTo(password);
        assertThat(dsn.database()).isEqualTo(database);
        dsn.password().ifPresent(p -> assertThat(dsn.toString()).doesNotContain(":" + p + "@").contains(":****@"));
    }

    @Test
    void omittedPartsDefaultAsLibpqDoes() {
        Dsn dsn = Dsn.parse("postgresql://");
        assertThat(dsn.host()).isEqualTo("localhost");
        assertThat(dsn.port()).isEqualTo(5432);
        assertThat(dsn.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(dsn.database()).isEqualTo(dsn.user());
        assertThat(dsn.password()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mysql://u:hunter2@h/db                      | unsupported scheme 'mysql'
            localhost:5432/db                           | unsupported scheme
            postgresql://u:hunter2@h:notaport/db        | port
            postgresql://u:hunter2@h:99999/db           | port
            postgresql://u:hun@ter2@h/db                | host part is malformed
            postgresql://u:hunter2%zz@h/db              | password has a malformed percent-encoding
            postgresql://u:hunter2@h/db?sslmod=require  | unknown query parameter 'sslmod'
            postgresql://u:hunter2 x@h/db               | password is not valid in a URI
            postgresql://u:hunter2@h/db?connect_timeout=soon | connect_timeout 'soon'
            """)
    void rejectsMalformedDsnsNamingThePartAndNeverThePassword(String text, String expected) {
        assertThatThrownBy(() -> Dsn.parse(text))
                .isInstanceOf(MigrationException.class)
                .satisfies(e -> assertThat(((MigrationException) e).kind()).isEqualTo(ErrorKind.USAGE))
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2").doesNotContain("\n"));
    }

    @Test
    void emptyDsnIsAUsageError() {
        assertThatThrownBy(() -> Dsn.parse("  ")).hasMessageContaining("the DSN is empty");
    }

    @Test
    void yieldsJdbcUrlAndPropertiesWithLibpqParametersMapped() {
        JdbcSettings jdbc = Dsn.parse("postgresql://u:p%40ss@[::1]:5433/db?sslmode=require&connect_timeout=7&application_name=web").jdbc();
        assertThat(jdbc.url()).isEqualTo("jdbc:postgresql://[::1]:5433/db");
        assertThat(jdbc.url()).doesNotContain("p@ss");
        assertThat(jdbc.properties()).containsEntry("user", "u").containsEntry("password", "p@ss")
                .containsEntry("sslmode", "require").containsEntry("connectTimeout", "7").containsEntry("ApplicationName", "web");
    }

    @Test
    void redactsThePasswordRawAndEncodedInAnyText() {
        Dsn dsn = Dsn.parse("postgresql://u:s3cr%40t@h/db");
        assertThat(dsn.redact("failed for postgresql://u:s3cr%40t@h/db and s3cr@t")).doesNotContain("s3cr").contains("****");
        assertThat(dsn.toString()).isEqualTo("postgresql://u:****@h:5432/db");
    }
}
