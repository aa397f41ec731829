package org.somaagent.sa01.engine.config;


import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * A PostgreSQL connection string as somaAgent01 deployments write it in {@code SA01_DB_DSN}: libpq
 * URIs ({@code postgresql://}, {@code postgres://}), SQLAlchemy-style driver suffixes
 * ({@code postgresql+asyncpg://}, {@code postgresql+psycopg://}) and plain {@code jdbc:postgresql://}
 * URLs. Omitted parts default as libpq does. One parsed value yields both the JDBC and the R2DBC
 * connection settings ({@link JdbcSettings}, {@link R2dbcSettings}). {@link #toString()} never shows
 * the password.
 */
public final class Dsn {

    public static final int DEFAULT_PORT = 5432;
    private static final String REDACTED = Redaction.MASK;
    private static final Set<String> SCHEMES = Set.of("postgresql", "postgres", "postgresql+asyncpg",
            "postgresql+psycopg", "postgresql+psycopg2", "postgres+asyncpg");
    /** libpq query parameters sa01-migrate understands; anything else is a typo until proven otherwise. */
    static final Set<String> LIBPQ_PARAMETERS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connect_timeout", "application_name", "options", "target_session_attrs", "user", "password",
            "dbname", "host", "port");

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String database;
    private final Map<String, String> parameters;

    private Dsn(String host, int port, String user, String password, String database, Map<String, String> parameters) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.database = database;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Parses a DSN, or fails with a one-line usage error that names the wrong part and never the password. */
    public static Dsn parse(String text) {
        if (text == null || text.isBlank()) {
            throw MigrationException.usage("the DSN is empty: set SA01_DB_DSN, --dsn or dsn= in migrations.properties "
                    + "to postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
        }
        String trimmed = text.strip();
        boolean jdbc = trimmed.startsWith("jdbc:");
        String uriText = jdbc ? trimmed.substring("jdbc:".length()) : trimmed;
        int schemeEnd = uriText.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : uriText.substring(0, schemeEnd).toLowerCase();
        if (schemeEnd < 0 || !(jdbc ? scheme.equals("postgresql") : SCHEMES.contains(scheme))) {
            throw MigrationException.usage("the DSN has an unsupported scheme '" + (schemeEnd < 0 ? "(none)" : scheme)
                    + "': use postgresql://USER:PASSWORD@HOST:PORT/DATABASE (postgres://, postgresql+asyncpg://, "
                    + "postgresql+psycopg:// and jdbc:postgresql:// work too)");
        }
        // libpq accepts a bare "postgresql://" (everything defaulted); java.net.URI wants a path then.
        URI uri = toUri(uriText.endsWith("://") ? uriText + "/" : uriText);
        Map<String, String> params = parseQuery(uri.getRawQuery(), jdbc);
        String[] userInfo = splitUserInfo(uri.getRawUserInfo());
        String user = firstNonNull(userInfo[0], params.remove("user"), System.getProperty("user.name"));
        String password = firstNonNull(userInfo[1], params.remove("password"), null);
        String host = firstNonNull(emptyToNull(uri.getHost()), params.remove("host"), "localhost");
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() >= 0 ? parsePort(Integer.toString(uri.getPort())) : parsePort(params.remove("port"));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = firstNonNull(emptyToNull(decode(path.startsWith("/") ? path.substring(1) : path, "database name")),
                params.remove("dbname"), user);
        if (database.contains("/")) {
            throw MigrationException.usage("the DSN's database name '" + database + "' contains '/': percent-encode it as %2F");
        }
        return new Dsn(host, port, user, password, database, params);
    }

    private static URI toUri(String uriText) {
        // java.net.URI only reports ports and brackets for a server-based authority; an
        // authority-less libpq URI (postgresql:///db) is parsed as such too.
        try {
            URI uri = new URI(uriText);
            if (uri.getRawAuthority() != null && uri.getHost() == null) {
                int at = uri.getRawAuthority().lastIndexOf('@');
                String hostPort = uri.getRawAuthority().substring(at + 1);
                if (hostPort.matches(".*:[^\\]]*[^0-9\\]].*") || hostPort.endsWith(":")) {
                    throw MigrationException.usage("the DSN's port is not a number: use HOST:PORT with a port from 1 to 65535");
                }
                throw MigrationException.usage("the DSN's host part is malformed: use HOST, HOST:PORT or [IPv6]:PORT, "
                        + "and percent-encode '@', ':' and '/' in the user name and password");
            }
            return uri;
        } catch (URISyntaxException e) {
            // The input is not echoed: it may hold the password.
            String part = partAt(uriText, e.getIndex());
            if (e.getReason().startsWith("Malformed escape pair")) {
                throw MigrationException.usage("the DSN's " + part + " has a malformed percent-encoding: write '%' as %25");
            }
            throw MigrationException.usage("the DSN's " + part + " is not valid in a URI (" + e.getReason() + " at character "
                    + e.getIndex() + "): percent-encode special characters such as '@', ':', '/', '#', '%' and spaces");
        }
    }

    /** Which part of {@code scheme://user:password@host:port/database?query} a character index falls in. */
    private static String partAt(String uriText, int index) {
        int authorityStart = uriText.indexOf("://") + 3;
        int pathStart = uriText.indexOf('/', authorityStart);
        int authorityEnd = pathStart < 0 ? uriText.length() : pathStart;
        int at = uriText.lastIndexOf('@', authorityEnd);
        int query = uriText.indexOf('?');
        if (index < 0 || index < authorityStart) {
            return "scheme";
        }
        if (at >= authorityStart && index < at) {
            int colon = uriText.indexOf(':', authorityStart);
            return colon >= 0 && colon < at && index > colon ? "password" : "user name";
        }
        if (index < authorityEnd) {
            return "host part";
        }
        return query >= 0 && index > query ? "query" : "database name";
    }

    private static String[] splitUserInfo(String rawUserInfo) {
        if (rawUserInfo == null) {
            return new String[] {null, null};
        }
        int colon = rawUserInfo.indexOf(':');
        String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String password = colon < 0 ? null : rawUserInfo.substring(colon + 1);
        return new String[] {emptyToNull(decode(user, "user name")), password == null ? null : decode(password, "password")};
    }

    private static Map<String, String> parseQuery(String rawQuery, boolean jdbc) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), "query parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "value of query parameter '" + key + "'");
            if (!jdbc && !LIBPQ_PARAMETERS.contains(key)) {
                throw MigrationException.usage("the DSN has an unknown query parameter '" + key + "': supported are "
                        + String.join(", ", LIBPQ_PARAMETERS.stream().sorted().toList()));
            }
            if (key.equals("connect_timeout") && !value.matches("\\d{1,6}")) {
                throw MigrationException.usage("the DSN's connect_timeout '" + value + "' is not a whole number of seconds");
            }
            params.put(key, value);
        }
        return params;
    }

    private static int parsePort(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw MigrationException.usage("the DSN's port '" + text + "' is not a number from 1 to 65535");
    }

    private static String decode(String raw, String part) {
        try {
            // '+' is a literal plus in libpq URIs, not a space as in HTML forms.
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw MigrationException.usage("the DSN's " + part + " has a malformed percent-encoding: write '%' as %25");
        }
    }

    private static String firstNonNull(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public String host() { return host; }
    public int port() { return port; }
    public String user() { return user; }
    public Optional<String> password() { return Optional.ofNullable(password); }
    public String database() { return database; }
    public Map<String, String> parameters() { return parameters; }

    /** The same server and credentials, another database (tests, scratch databases). */
    public Dsn withDatabase(String otherDatabase) {
        return new Dsn(host, port, user, password, otherDatabase, parameters);
    }

    /** The same server and database as another user. */
    public Dsn withCredentials(String otherUser, String otherPassword) {
        return new Dsn(host, port, otherUser, otherPassword, database, parameters);
    }

    /** The libpq form, password included: only for handing to libpq tools (psql), never for output. */
    public String toLibpqUri() {
        return render(password == null ? null : encode(password));
    }

    public JdbcSettings jdbc() {
        return JdbcSettings.of(this);
    }

    /** Masks every password in {@code text}, this DSN's first (see {@link Redaction}). */
    public String redact(String text) {
        return Redaction.mask(text, this);
    }

    String maskOwnPassword(String text) {
        if (password == null || password.isEmpty()) {
            return text;
        }
        return text.replace(password, REDACTED).replace(encode(password), REDACTED);
    }

    String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private String render(String encodedPassword) {
        StringBuilder s = new StringBuilder("postgresql://").append(encode(user));
        if (encodedPassword != null) {
            s.append(':').append(encodedPassword);
        }
        s.append('@').append(hostForUrl()).append(':').append(port).append('/').append(encode(database));
        if (!parameters.isEmpty()) {
            s.append('?');
            parameters.forEach((k, v) -> s.append(encode(k)).append('=').append(encode(v)).append('&'));
            s.setLength(s.length() - 1);
        }
        return s.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The DSN with {@code ****} for the password: safe for every log line and message. */
    @Override
    public String toString() {
        return render(password == null ? null : REDACTED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dsn d && host.equals(d.host) && port == d.port && user.equals(d.user)
                && Objects.equals(password, d.password) && database.equals(d.database) && parameters.equals(d.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, user, database, parameters);
    }
}
