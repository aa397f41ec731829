package org.somaagent.sa01.tooling.scratch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * Scratch databases kept between runs, one per point of a revision chain. Building the schema is
 * PostgreSQL's slowest work here (8 s for 1,000 tables: a file and an fsync per table and index),
 * while reading a kept copy takes nothing and copying one ({@code CREATE DATABASE ... TEMPLATE})
 * a fraction of a second. An entry's name is a hash of everything that built it: the ids and
 * checksums of the revisions up to that point, the schema and version table names, the server's
 * version and pgvector's: a changed revision, another chain or another server never finds it.
 * An entry is built under a temporary name and renamed when complete, so a name found is always a
 * whole database; two processes building the same entry both finish, one rename wins and the other
 * drops its copy. {@value #ENV}=off turns the cache off (a throw-away database every run).
 */
public final class ScratchCache {

    public static final String ENV = "SA01_SCRATCH_CACHE";
    public static final String NAMESPACE = "sa01_scratch";
    /** Entries of other chains (other checkouts, older revisions) kept besides the current chain's, newest first. */
    static final int KEEP_OTHERS = 4;
    private static final int HASH_CHARS = 24;

    private final Dsn admin;
    private final String namespace;
    private final boolean enabled;

    private ScratchCache(Dsn admin, String namespace, boolean enabled) {
        if (!namespace.matches("[a-z][a-z0-9_]{0,37}")) {
            throw new IllegalArgumentException("a scratch cache namespace is [a-z][a-z0-9_]{0,37}: " + namespace);
        }
        this.admin = admin;
        this.namespace = namespace;
        this.enabled = enabled;
    }

    /** On unless {@value #ENV} is {@code off}. */
    public static ScratchCache fromEnvironment(Dsn admin) {
        String setting = System.getenv(ENV);
        return new ScratchCache(admin, NAMESPACE, setting == null || !setting.strip().equalsIgnoreCase("off"));
    }

    public static ScratchCache off(Dsn admin) {
        return new ScratchCache(admin, NAMESPACE, false);
    }

    /** A cache of its own (tests): entries named {@code NAMESPACE_<hash>}, cleaned up among themselves. */
    public static ScratchCache in(Dsn admin, String namespace) {
        return new ScratchCache(admin, namespace, true);
    }

    public Dsn admin() { return admin; }
    public boolean enabled() { return enabled; }

    /** A kept database at a point of the chain: read it, never write to it. {@code reused}: it was there before this call. */
    public record Entry(String name, Dsn dsn, boolean reused) {}

    /** The chain's entry names, computed once (rendering the revisions whose checksums the build did not ship). */
    public ScratchChain chain(RunnerConfig config, RevisionGraph graph) {
        StringBuilder key = new StringBuilder("sa01 scratch cache 1\n").append(environment()).append('\n')
                .append(config.schema()).append('\n').append(config.versionTable()).append('\n');
        List<String> names = new ArrayList<>();
        for (Revision revision : graph.chain()) {
            key.append(revision.id()).append(' ').append(graph.checksum(revision)).append('\n');
            names.add(namespace + "_" + Checksums.sha256(key.toString()).substring(0, HASH_CHARS));
        }
        return new ScratchChain(this, config, graph, names);
    }

    /** Where entries are built before they are renamed: never taken for an entry, never cleaned up (a build in progress). */
    String namespaceForBuilds() {
        return namespace + "_build";
    }

    /** Names of this cache's entries, oldest first (by oid: the order they were made in). */
    List<String> entries() {
        Pattern entry = Pattern.compile(Pattern.quote(namespace) + "_[0-9a-f]{" + HASH_CHARS + "}");
        List<String> names = new ArrayList<>();
        query("select datname from pg_database order by oid", r -> {
            String name = r.getString(1);
            if (entry.matcher(name).matches()) {
                names.add(name);
            }
        });
        return names;
    }

    /** Drops every entry nobody uses (tests, or by hand: it is only a cache). */
    public void clear() {
        entries().forEach(this::dropIfUnused);
    }

    /** Drops the chain's entries nobody uses (the bench, to time a run that finds none). */
    public void forget(ScratchChain chain) {
        List<String> kept = entries();
        for (int level = 1; level <= chain.length(); level++) {
            if (kept.contains(chain.name(level))) {
                dropIfUnused(chain.name(level));
            }
        }
    }

    /** Entries of other chains beyond the newest {@link #KEEP_OTHERS}; without FORCE, so one in use stays. */
    void cleanUp(List<String> current) {
        List<String> others = new ArrayList<>(entries());
        others.removeAll(current);
        for (int i = 0; i < others.size() - KEEP_OTHERS; i++) {
            dropIfUnused(others.get(i));
        }
    }

    private void dropIfUnused(String name) {
        try {
            Connections.execute(admin, "drop database if exists " + name);
        } catch (SQLException e) {
            // In use by another run (55006), or dropped by one: either way not ours to force.
        }
    }

    /** The server and the extension scratch databases get: a different one builds a different database. */
    private String environment() {
        Map<String, String> settings = new LinkedHashMap<>();
        query("select current_setting('server_version_num'), (select default_version from pg_available_extensions where name = 'vector')",
                r -> { settings.put("server", r.getString(1)); settings.put("vector", r.getString(2)); });
        return settings.toString();
    }

    void comment(String name, String text) {
        try {
            Connections.execute(admin, "comment on database " + name + " is '" + text.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw failure("comment on database " + name, e);
        }
    }

    private interface Row {
        void accept(ResultSet r) throws SQLException;
    }

    private void query(String sql, Row row) {
        try (Connection c = Connections.open(admin, Duration.ofSeconds(10)); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                row.accept(r);
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private MigrationException failure(String sql, SQLException e) {
        return new MigrationException(ErrorKind.FAILED, "scratch cache: '" + sql + "' failed on " + admin + ": " + admin.redact(e.getMessage())
                + " (set " + ENV + "=off to build a throw-away scratch database instead)", e);
    }
}
