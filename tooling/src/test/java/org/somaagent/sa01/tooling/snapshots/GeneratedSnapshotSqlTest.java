package org.somaagent.sa01.tooling.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.alterTable;
import static org.jooq.impl.DSL.alterType;
import static org.jooq.impl.DSL.commentOnTable;
import static org.jooq.impl.DSL.createIndex;
import static org.jooq.impl.DSL.createTable;
import static org.jooq.impl.DSL.dropTable;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.update;

import com.pgvector.PGvector;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.EnumType;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.Type;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the sample snapshot and pins the SQL that revision code written against it renders,
 * with the project's renderer settings: unqualified names, catalog-exact types.
 */
class GeneratedSnapshotSqlTest {

    private static final Settings SETTINGS = new Settings()
            .withStatementType(StatementType.STATIC_STATEMENT).withRenderFormatted(false)
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
            .withRenderKeywordCase(RenderKeywordCase.LOWER).withExecuteLogging(false);
    private static final DSLContext OFFLINE = DSL.using(SQLDialect.POSTGRES, SETTINGS);
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @TempDir
    static Path workDir;

    private static URLClassLoader loader;
    private static Table<?> prompts;
    private static Table<?> jobs;
    private static Table<?> assets;

    @BeforeAll
    static void compileSnapshot() throws Exception {
        loader = InMemoryCompiler.compile(
                new SnapshotRenderer().render(SampleModels.sample(), SampleModels.PACKAGE), workDir);
        prompts = (Table<?>) snapshotConstant("PROMPTS");
        jobs = (Table<?>) snapshotConstant("JOBS");
        assets = (Table<?>) snapshotConstant("MULTIMODAL_ASSETS");
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    @Test
    void fieldsHaveTheJavaTypeOfTheirColumn() {
        assertThat(generated(prompts, "ID", UUID.class)).isNotNull();
        assertThat(generated(prompts, "NAME", String.class)).isNotNull();
        assertThat(generated(prompts, "TAGS", String[].class)).isNotNull();
        assertThat(generated(prompts, "METADATA", JSONB.class)).isNotNull();
        assertThat(generated(prompts, "CREATED_AT", OffsetDateTime.class)).isNotNull();
        assertThat(generated(jobs, "STATUS", snapshotClass("JobStatus"))).isNotNull();
        assertThat(generated(jobs, "PRIORITY", Short.class)).isNotNull();
        assertThat(generated(jobs, "RATIO", Float.class)).isNotNull();
        assertThat(generated(jobs, "WEIGHT", Double.class)).isNotNull();
        assertThat(generated(jobs, "COST", BigDecimal.class)).isNotNull();
        assertThat(generated(jobs, "RUN_AT", LocalDateTime.class)).isNotNull();
        assertThat(generated(jobs, "DUE_ON", LocalDate.class)).isNotNull();
        assertThat(generated(jobs, "PAYLOAD", JSON.class)).isNotNull();
        assertThat(generated(assets, "DATA", byte[].class)).isNotNull();
        assertThat(generated(assets, "EMBEDDING", PGvector.class)).isNotNull();
    }

    @Test
    void tableStatements() {
        Field<String> name = generated(prompts, "NAME", String.class);
        assertSql(alterTable(prompts).addColumn(field(name("x"), SQLDataType.CLOB)),
                "alter table \"prompts\" add \"x\" text");
        assertSql(createIndex("x").on(prompts, name.desc()),
                "create index \"x\" on \"prompts\"(\"name\" desc)");
        assertSql(update(prompts).set(name, "a").where(generated(prompts, "ID", UUID.class).eq(ID)),
                "update \"prompts\" set \"name\" = 'a' where \"prompts\".\"id\" = cast('00000000-0000-0000-0000-000000000001' as uuid)");
        assertSql(insertInto(prompts, name).values("x"),
                "insert into \"prompts\" (\"name\") values ('x')");
        assertSql(alterTable(prompts).alterColumn(name).setNotNull(),
                "alter table \"prompts\" alter \"name\" set not null");
        assertSql(alterTable(prompts).dropColumn(name),
                "alter table \"prompts\" drop \"name\"");
        assertSql(dropTable(prompts), "drop table \"prompts\"");
        assertSql(commentOnTable(prompts).is("Prompt templates"),
                "comment on table \"prompts\" is 'Prompt templates'");
        assertSql(select(name).from(prompts.as("p")).where(prompts.as("p").field(name).isNotNull()),
                "select \"prompts\".\"name\" from \"prompts\" as \"p\" where \"p\".\"name\" is not null");
    }

    @Test
    void enumTypeStatements() {
        Type<?> jobStatus = (Type<?>) snapshotConstant("JOB_STATUS");
        assertSql(alterType(jobStatus).addValue("cancelled"),
                "alter type \"job_status\" add value 'cancelled'");
        assertSql(alterType(name("job_status")).addValue("cancelled"),
                "alter type \"job_status\" add value 'cancelled'");
        assertSql(alterType(jobStatus).renameValue("done").to("finished"),
                "alter type \"job_status\" rename value 'done' to 'finished'");
    }

    /** Each table's fields, re-declared elsewhere, give back the catalog's column types. */
    @Test
    void createTableFromSnapshotFields() {
        assertSql(createTable(name("prompts_copy")).columns(prompts.fields()),
                "create table \"prompts_copy\" (\"id\" uuid not null, \"name\" varchar(255) not null, \"body\" text, "
                        + "\"version\" int not null, \"tags\" text[], \"metadata\" jsonb, "
                        + "\"created_at\" timestamp with time zone not null)");
        assertSql(createTable(name("jobs_copy")).columns(jobs.fields()),
                "create table \"jobs_copy\" (\"id\" bigint not null, \"status\" \"job_status\" not null, "
                        + "\"priority\" smallint, \"enabled\" boolean not null, \"ratio\" real, \"weight\" double precision, "
                        + "\"cost\" numeric(10, 2), \"score\" numeric, \"run_at\" timestamp, \"due_on\" date, \"payload\" json)");
        assertSql(createTable(name("multimodal_assets_copy")).columns(assets.fields()),
                "create table \"multimodal_assets_copy\" (\"id\" uuid not null, \"kind\" \"asset_kind\" not null, "
                        + "\"data\" bytea, \"embedding\" vector(384))");
        assertSql(createTable(name("names")).column(generated(prompts, "NAME", String.class)),
                "create table \"names\" (\"name\" varchar(255) not null)");
    }

    @Test
    void valuesOfEnumJsonAndVectorColumns() {
        Field<EnumType> status = generated(jobs, "STATUS", EnumType.class);
        EnumType queued = label("JobStatus", "QUEUED");
        assertSql(insertInto(jobs, generated(jobs, "ID", Long.class), status, generated(jobs, "PAYLOAD", JSON.class))
                        .values(1L, queued, JSON.json("{\"a\": 1}")),
                "insert into \"jobs\" (\"id\", \"status\", \"payload\") values (1, cast('queued' as \"job_status\"), cast('{\"a\": 1}' as json))");
        assertSql(insertInto(prompts, generated(prompts, "NAME", String.class), generated(prompts, "METADATA", JSONB.class),
                                generated(prompts, "TAGS", String[].class))
                        .values("x", JSONB.jsonb("{\"k\": [1, 2]}"), new String[] {"a", "b"}),
                "insert into \"prompts\" (\"name\", \"metadata\", \"tags\") "
                        + "values ('x', cast('{\"k\": [1, 2]}' as jsonb), cast('{\"a\",\"b\"}' as text[]))");
        assertSql(update(jobs).set(status, label("JobStatus", "DONE")).where(status.eq(queued)),
                "update \"jobs\" set \"status\" = cast('done' as \"job_status\") where \"jobs\".\"status\" = cast('queued' as \"job_status\")");
        Field<PGvector> embedding = generated(assets, "EMBEDDING", PGvector.class);
        assertSql(insertInto(assets, embedding).values(new PGvector(new float[] {1, 2, 3})),
                "insert into \"multimodal_assets\" (\"embedding\") values ('[1.0,2.0,3.0]'::vector)");
        assertSql(alterTable(assets).addColumn(field(name("embedding_v2"), embedding.getDataType())),
                "alter table \"multimodal_assets\" add \"embedding_v2\" vector(384)");
        assertSql(alterTable(assets).alterColumn(embedding).set(embedding.getDataType()),
                "alter table \"multimodal_assets\" alter \"embedding\" type vector(384)");
        // Limitation: a snapshot field's type carries NOT NULL, and SET TYPE with NOT NULL becomes a DO block.
        assertSql(alterTable(assets).alterColumn(embedding).set(embedding.getDataType().notNull()),
                "do $$ begin alter table \"multimodal_assets\" alter \"embedding\" type vector(384); "
                        + "alter table \"multimodal_assets\" alter \"embedding\" set not null; end $$");
    }

    private static void assertSql(Query query, String expected) {
        assertThat(OFFLINE.render(query)).isEqualTo(expected);
    }

    private static Object snapshotConstant(String constant) {
        try {
            return snapshotClass("Snapshot").getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> snapshotClass(String simpleName) {
        try {
            // tables and enums are nested in Snapshot
            String binaryName = simpleName.equals("Snapshot") ? simpleName : "Snapshot$" + simpleName;
            return loader.loadClass(SampleModels.PACKAGE + "." + binaryName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A generated field, checked to be declared with exactly {@code type} (or an EnumType). */
    @SuppressWarnings("unchecked")
    private static <T> Field<T> generated(Table<?> table, String javaName, Class<? super T> type) {
        try {
            Field<?> field = (Field<?>) table.getClass().getField(javaName).get(table);
            if (type == EnumType.class) {
                assertThat(field.getType().isEnum() && EnumType.class.isAssignableFrom(field.getType())).isTrue();
            } else {
                assertThat(field.getType()).isEqualTo(type);
            }
            return (Field<T>) field;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static EnumType label(String enumClass, String constant) {
        for (Object value : snapshotClass(enumClass).getEnumConstants()) {
            if (((Enum<?>) value).name().equals(constant)) {
                return (EnumType) value;
            }
        }
        throw new AssertionError(enumClass + "." + constant);
    }
}
