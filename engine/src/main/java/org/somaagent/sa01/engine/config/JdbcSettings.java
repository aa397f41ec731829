package org.somaagent.sa01.engine.config;

import java.util.Map;
import java.util.Properties;

/** A JDBC URL without credentials, and the properties (user, password, libpq options) that go with it. */
public record JdbcSettings(String url, Properties properties) {

    /** libpq parameter names and the PostgreSQL JDBC driver's names for the same thing. */
    private static final Map<String, String> LIBPQ_TO_PGJDBC = Map.of(
            "sslmode", "sslmode",
            "sslrootcert", "sslrootcert",
            "sslcert", "sslcert",
            "sslkey", "sslkey",
            "connect_timeout", "connectTimeout",
            "application_name", "ApplicationName",
            "options", "options",
            "target_session_attrs", "targetServerType");

    static JdbcSettings of(Dsn dsn) {
        Properties props = new Properties();
        props.setProperty("user", dsn.user());
        dsn.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "sa01-migrate");
        dsn.parameters().forEach((key, value) -> props.setProperty(LIBPQ_TO_PGJDBC.getOrDefault(key, key), value));
        String url = "jdbc:postgresql://" + dsn.hostForUrl() + ":" + dsn.port() + "/" + Dsn.encode(dsn.database());
        return new JdbcSettings(url, props);
    }
}
