package org.somaagent.sa01.access;

import org.somaagent.sa01.engine.config.Dsn;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The R2DBC {@link ConnectionFactoryOptions} for a {@link Dsn}. */
public final class R2dbcSettings {

    private R2dbcSettings() {}

    public static ConnectionFactoryOptions of(Dsn dsn) {
        ConnectionFactoryOptions.Builder b = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "postgresql")
                .option(ConnectionFactoryOptions.HOST, dsn.host())
                .option(ConnectionFactoryOptions.PORT, dsn.port())
                .option(ConnectionFactoryOptions.USER, dsn.user())
                .option(ConnectionFactoryOptions.DATABASE, dsn.database());
        dsn.password().ifPresent(p -> b.option(ConnectionFactoryOptions.PASSWORD, p));
        Map<String, String> params = dsn.parameters();
        if (params.containsKey("sslmode")) {
            b.option(Option.valueOf("sslMode"), params.get("sslmode"));
        }
        if (params.containsKey("connect_timeout")) {
            b.option(ConnectionFactoryOptions.CONNECT_TIMEOUT, Duration.ofSeconds(Long.parseLong(params.get("connect_timeout"))));
        }
        b.option(Option.valueOf("applicationName"), params.getOrDefault("application_name", "sa01-migrate"));
        if (params.containsKey("options")) {
            b.option(Option.valueOf("options"), settingsOf(params.get("options")));
        }
        return b.build();
    }

    /** libpq's {@code options=-c key=value -c ...} as the map r2dbc-postgresql takes. */
    static Map<String, String> settingsOf(String options) {
        Map<String, String> settings = new LinkedHashMap<>();
        String[] words = options.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String setting = word.equals("-c") && i + 1 < words.length ? words[++i]
                    : word.startsWith("-c") ? word.substring(2) : word.startsWith("--") ? word.substring(2) : null;
            if (setting != null && setting.contains("=")) {
                settings.put(setting.substring(0, setting.indexOf('=')).replace('-', '_'), setting.substring(setting.indexOf('=') + 1));
            }
        }
        return settings;
    }
}
