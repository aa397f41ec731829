package org.somaagent.sa01.engine.runner;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.somaagent.sa01.engine.runner.VersionTable.Columns.*;

import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.adopt.Adoption;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * {@code schema_version}: one row per revision the database has, written in the same transaction
 * as the revision itself; and {@code schema_version_log}: an append-only record of every upgrade,
 * downgrade and stamp. Both live in the target schema and are declared here with jOOQ's DDL DSL;
 * they are read with plain JDBC ({@link PlainSql}), since every run reads them.
 */
public final class VersionTable {

    public enum Operation { UPGRADE, DOWNGRADE, STAMP }

    /**
     * The columns, as jOOQ fields for the writes. A holder class, initialised on the first write: reading
     * the table is plain JDBC, so a run that only reads it (every run at head) initialises no jOOQ type.
     */
    static final class Columns {
        static final Field<String> REVISION_ID = field(name("revision_id"), SQLDataType.VARCHAR(RevisionGraph.MAX_ID_LENGTH));
        static final Field<String> DESCRIPTION = field(name("description"), SQLDataType.CLOB);
        static final Field<String> CHECKSUM = field(name("checksum"), SQLDataType.VARCHAR(64));
        static final Field<OffsetDateTime> APPLIED_AT = field(name("applied_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<String> APPLIED_BY = field(name("applied_by"), SQLDataType.CLOB);
        static final Field<Long> DURATION_MS = field(name("duration_ms"), SQLDataType.BIGINT);
        /** The SQL that ran and the jOOQ that rendered it (as jOOQ's own history table keeps them); null in rows written before they were kept. */
        static final Field<String> SQL = field(name("sql"), SQLDataType.CLOB);
        static final Field<String> RENDERED_BY = field(name("rendered_by"), SQLDataType.VARCHAR(32));
        static final Field<Long> LOG_ID = field(name("id"), SQLDataType.BIGINT);
        static final Field<String> OPERATION = field(name("operation"), SQLDataType.VARCHAR(16));
        static final Field<OffsetDateTime> AT = field(name("at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
        static final Field<String> BY = field(name("by"), SQLDataType.CLOB);
        static final Field<String> CLIENT_HOST = field(name("client_host"), SQLDataType.CLOB);
        static final Field<String> TOOL_VERSION = field(name("tool_version"), SQLDataType.CLOB);
    }

    private final PlainSql plain;
    private final Supplier<DSLContext> dsl;
    private final String schema;
    private final String versionTableName;
    private final String versionLogName;

    VersionTable(PlainSql plain, Supplier<DSLContext> dsl, RunnerConfig config) {
        this.plain = plain;
        this.dsl = dsl;
        this.schema = config.schema();
        this.versionTableName = config.versionTable();
        this.versionLogName = config.versionLogTable();
    }

    private Table<Record> versions() {
        return table(name(schema, versionTableName));
    }

    private Table<Record> log() {
        return table(name(schema, versionLogName));
    }

    /** Known to exist once seen or created: asked once per session, not once per revision. */
    private boolean known;
    /** Whether the table has the sql and rendered_by columns (an earlier build's lacks them); null until asked. */
    private Boolean renderingColumns;

    public boolean exists() {
        if (!known) {
            look();
        }
        return known;
    }

    private boolean hasRenderingColumns() {
        if (renderingColumns == null) {
            look();
        }
        return renderingColumns;
    }

    /** Both facts about the table in one round trip: this runs on every start-up, the at-head path included. */
    private void look() {
        // to_regclass is a catalog lookup; information_schema.tables is a view that costs milliseconds.
        // It parses its argument as SQL does, so both parts are quoted: a name such as "Versions" keeps its case.
        String table = qualified(versionTableName);
        plain.query("""
                select to_regclass(?) is not null, (select count(*) = 2 from pg_attribute
                    where attrelid = to_regclass(?) and attname in ('sql', 'rendered_by') and not attisdropped)""", rows -> {
            rows.next();
            known = rows.getBoolean(1);
            renderingColumns = rows.getBoolean(2);
            return null;
        }, table, table);
    }

    public void create() {
        dsl.get().createTableIfNotExists(versions())
                .column(REVISION_ID.getName(), REVISION_ID.getDataType().nullable(false))
                .column(DESCRIPTION.getName(), DESCRIPTION.getDataType().nullable(false))
                .column(CHECKSUM.getName(), CHECKSUM.getDataType().nullable(false))
                .column(APPLIED_AT.getName(), APPLIED_AT.getDataType().nullable(false).defaultValue(DSL.currentOffsetDateTime()))
                .column(APPLIED_BY.getName(), APPLIED_BY.getDataType().nullable(false).defaultValue(DSL.currentUser()))
                .column(DURATION_MS.getName(), DURATION_MS.getDataType().nullable(false))
                .column(SQL.getName(), SQL.getDataType())
                .column(RENDERED_BY.getName(), RENDERED_BY.getDataType())
                .constraint(DSL.constraint(versionTableName + "_pkey").primaryKey(REVISION_ID))
                .execute();
        dsl.get().createTableIfNotExists(log())
                .column(LOG_ID.getName(), SQLDataType.BIGINT.identity(true))
                .column(OPERATION.getName(), OPERATION.getDataType().nullable(false))
                .column(REVISION_ID.getName(), REVISION_ID.getDataType().nullable(false))
                .column(DESCRIPTION.getName(), DESCRIPTION.getDataType())
                .column(CHECKSUM.getName(), CHECKSUM.getDataType())
                .column(AT.getName(), AT.getDataType().nullable(false).defaultValue(DSL.currentOffsetDateTime()))
                .column(BY.getName(), BY.getDataType().nullable(false).defaultValue(DSL.currentUser()))
                .column(CLIENT_HOST.getName(), CLIENT_HOST.getDataType())
                .column(TOOL_VERSION.getName(), TOOL_VERSION.getDataType())
                .column(DURATION_MS.getName(), DURATION_MS.getDataType())
                .constraints(DSL.constraint(versionTableName + "_log_pkey").primaryKey(LOG_ID),
                        DSL.constraint(versionTableName + "_log_operation_check").check(OPERATION.in("upgrade", "downgrade", "stamp")))
                .execute();
        known = true;
        renderingColumns = true;
    }

    /**
     * Brings a version table written by an earlier build to this build's shape: the two nullable
     * columns it lacks, added without a rewrite (a catalog change on a tiny table). Called under
     * the migration lock, before anything is written.
     */
    public void upgradeShape() {
        if (exists() && !hasRenderingColumns()) {
            dsl.get().alterTable(versions()).addColumnIfNotExists(SQL.getName(), SQL.getDataType()).execute();
            dsl.get().alterTable(versions()).addColumnIfNotExists(RENDERED_BY.getName(), RENDERED_BY.getDataType()).execute();
            renderingColumns = true;
        }
    }

    /** After a rollback that may have undone {@link #create()}. */
    public void forget() {
        known = false;
        renderingColumns = null;
    }

    /** Applied revisions in the order they were applied; empty when the table does not exist yet. */
    public Map<String, AppliedRevision> applied() {
        Map<String, AppliedRevision> applied = new LinkedHashMap<>();
        if (!exists()) {
            return applied;
        }
        // A table from an earlier build (read by a verb that does not take the lock) lacks the rendering columns.
        String rendering = hasRenderingColumns() ? "sql, rendered_by" : "null, null";
        return plain.query("select revision_id, description, checksum, applied_at, applied_by, duration_ms, " + rendering
                + " from " + qualified(versionTableName) + " order by applied_at, revision_id", rows -> {
            while (rows.next()) {
                applied.put(rows.getString(1), new AppliedRevision(rows.getString(1), rows.getString(2), rows.getString(3),
                        inSessionZone(rows.getObject(4, OffsetDateTime.class)), rows.getString(5), rows.getLong(6),
                        Optional.ofNullable(rows.getString(7)), Optional.ofNullable(rows.getString(8))));
            }
            return applied;
        });
    }

    /**
     * pgjdbc reads a timestamptz at offset zero; the offset the session's time zone gives it (which pgjdbc sets
     * to the JVM's) is what history has always shown. Taken from {@link TimeZone}, which pgjdbc has loaded
     * already: {@code ZoneId.systemDefault()} would load java.time's zone rules, milliseconds of every start-up.
     */
    private static OffsetDateTime inSessionZone(OffsetDateTime at) {
        if (at == null) {
            return null;
        }
        int offsetMs = TimeZone.getDefault().getOffset(at.toInstant().toEpochMilli());
        return at.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(offsetMs / 1000));
    }

    /**
     * The revisions whose latest log entry marks them as taken over from another tool's version
     * table, with where from ({@code alembic_version 003}). A revision reapplied or stamped since is not.
     */
    public Map<String, String> takenOver() {
        Map<String, String> takenOver = new LinkedHashMap<>();
        if (!exists()) {
            return takenOver;
        }
        return plain.query("select distinct on (revision_id) revision_id, description from " + qualified(versionLogName)
                + " order by revision_id, id desc", rows -> {
            while (rows.next()) {
                String description = rows.getString(2) == null ? "" : rows.getString(2);
                if (description.startsWith(Adoption.Outcome.TAKEN_OVER) && description.indexOf(": ") > 0) {
                    takenOver.put(rows.getString(1), description.substring(Adoption.Outcome.TAKEN_OVER.length(), description.indexOf(": ")));
                }
            }
            return takenOver;
        });
    }

    private String qualified(String table) {
        return PlainSql.quoted(schema) + "." + PlainSql.quoted(table);
    }

    /** The only write path: a revision's row added, with its log entry, in one round trip. */
    public void add(Operation operation, String revisionId, String description, String logDescription, Rendering rendering, long durationMs) {
        write(insertQuery(revisionId, description, rendering, durationMs), "record",
                logQuery(operation, revisionId, logDescription, rendering.checksum(), durationMs), revisionId);
    }

    /** A revision's stored rendering replaced by this build's ({@code repair}), with its log entry. */
    public void rerender(String revisionId, String logDescription, Rendering rendering) {
        Query update = dsl.get().update(versions()).set(CHECKSUM, rendering.checksum()).set(SQL, rendering.sql()).set(RENDERED_BY, rendering.renderer())
                .where(REVISION_ID.eq(revisionId));
        write(update, "repair", logQuery(Operation.STAMP, revisionId, logDescription, rendering.checksum(), 0), revisionId);
    }

    /** A revision's row removed, with its log entry, in one round trip. */
    public void remove(Operation operation, String revisionId, String logDescription, String checksum, long durationMs) {
        write(deleteQuery(revisionId), "remove", logQuery(operation, revisionId, logDescription, checksum, durationMs), revisionId);
    }

    private void write(Query change, String verb, Query log, String revisionId) {
        int[] rows = dsl.get().batch(change, log).execute();
        requireOne(rows[0], verb, revisionId);
    }

    private Query insertQuery(String revisionId, String description, Rendering rendering, long durationMs) {
        return dsl.get().insertInto(versions()).columns(REVISION_ID, DESCRIPTION, CHECKSUM, DURATION_MS, SQL, RENDERED_BY)
                .values(revisionId, description, rendering.checksum(), durationMs, rendering.sql(), rendering.renderer()).onConflictDoNothing();
    }

    private Query deleteQuery(String revisionId) {
        return dsl.get().deleteFrom(versions()).where(REVISION_ID.eq(revisionId));
    }

    private Query logQuery(Operation operation, String revisionId, String description, String checksum, long durationMs) {
        return dsl.get().insertInto(log()).columns(OPERATION, REVISION_ID, DESCRIPTION, CHECKSUM, CLIENT_HOST, TOOL_VERSION, DURATION_MS)
                .values(operation.name().toLowerCase(), revisionId, description, checksum, clientHost(), toolVersion(), durationMs);
    }

    /** A count other than one means another writer changed the table under us (Alembic's check, A4). */
    private void requireOne(int rows, String verb, String revisionId) {
        if (rows != 1) {
            throw MigrationException.failed("could not " + verb + " revision " + revisionId + " in " + schema + "." + versionTableName
                    + " (" + rows + " rows changed): another runner changed it concurrently; rerun");
        }
    }

    /** Resolved once per process: a name lookup per log row costs more than the row. */
    private static final String HOST_NAME = resolveClientHost();

    private static String clientHost() {
        return HOST_NAME;
    }

    /**
     * HOSTNAME first (containers and pods set it): the JDK's local-host lookup resolves the name to
     * an address, which costs a DNS round trip and, on badly configured hosts, seconds.
     */
    private static String resolveClientHost() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return null;
        }
    }

    private static String toolVersion() {
        String v = VersionTable.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
