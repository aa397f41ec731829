package org.somaagent.sa01.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.config.Dsn;

/** The R2DBC options come from the same parsed DSN as the migrator's JDBC settings. */
class R2dbcSettingsTest {

    @Test
    void yieldsR2dbcOptionsFromTheSameValue() {
        ConnectionFactoryOptions options = R2dbcSettings.of(Dsn.parse("postgresql+asyncpg://u:p%2Fw@[::1]:5433/db?options=-c%20statement_timeout%3D5000"));
        assertThat(options.getValue(ConnectionFactoryOptions.HOST)).isEqualTo("::1");
        assertThat(options.getValue(ConnectionFactoryOptions.PORT)).isEqualTo(5433);
        assertThat(options.getValue(ConnectionFactoryOptions.PASSWORD)).hasToString("p/w");
        assertThat(options.getValue(ConnectionFactoryOptions.DATABASE)).isEqualTo("db");
        assertThat(options.getValue(Option.valueOf("options"))).isEqualTo(Map.of("statement_timeout", "5000"));
        assertThat(options.toString()).doesNotContain("p/w");
    }
}
