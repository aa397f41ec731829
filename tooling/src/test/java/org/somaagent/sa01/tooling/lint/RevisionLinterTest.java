package org.somaagent.sa01.tooling.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.AcknowledgeLint;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.schema.Sa01Schema;
import org.somaagent.sa01.testing.ProjectFiles;
import org.somaagent.sa01.testing.TestRevision;

/** Lint over revisions: queries built with the DSL, the chain's schema, the model, acknowledgements, transactions. */
class RevisionLinterTest {

    private final RevisionLinter linter = new RevisionLinter(Sa01Schema.head(), ProjectFiles.resolve("migrations/src/main/java/org/somaagent/sa01/migrations/versions"));

    /** Revision 0002 of the project's chain with these queries, linted after 0001 built the schema. */
    private List<LintCheck> checks(Function<DSLContext, List<Query>> up) {
        List<Revision> chain = new ArrayList<>(new Sa01Revisions().revisions().subList(0, 1));
        chain.add(TestRevision.of("0002_test", "0001_initial_schema", up, dsl -> List.of()));
        return linter.lint(RevisionGraph.of(chain)).stream().map(LintWarning::check).toList();
    }

    @Test
    void theProjectsRevisionsAreClean() {
        assertThat(linter.lint(RevisionGraph.of(new Sa01Revisions().revisions()))).isEmpty();
    }

    @Test
    void volatileDefaultOnAnExistingTable() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").addColumn("token",
                SQLDataType.UUID.defaultValue(DSL.function("gen_random_uuid", SQLDataType.UUID))))))
                .containsExactly(LintCheck.VOLATILE_DEFAULT);
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").addColumn("locale", SQLDataType.CLOB.defaultValue(DSL.inline("en"))))))
                .isEmpty();
    }

    @Test
    void indexWithoutConcurrentlyOnAnExistingTableButNotOnANewOne() {
        assertThat(checks(dsl -> List.of(dsl.createIndex("prompts_version_idx").on("prompts", "version"))))
                .containsExactly(LintCheck.INDEX_NOT_CONCURRENTLY);
        assertThat(checks(dsl -> List.of(dsl.createTable("notes").column("id", SQLDataType.INTEGER),
                dsl.createIndex("notes_id_idx").on("notes", "id")))).isEmpty();
    }

    @Test
    void typeChangeReadsTheTypeTheChainGaveTheColumn() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("version").set(SQLDataType.BIGINT))))
                .containsExactly(LintCheck.TYPE_CHANGE);
        assertThat(checks(dsl -> List.of(dsl.createTable("notes").column("title", SQLDataType.VARCHAR(20)),
                dsl.alterTable("notes").alterColumn("title").set(SQLDataType.INTEGER)))).isEmpty();
    }

    /** A table the file or revision did not create would get stand-in columns of unknown type, and these would be flagged. */
    @Test
    void theChainKnowsTheColumnsRevision0001Made() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("name").set(SQLDataType.VARCHAR(500))))).isEmpty();
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("updated_at").dropNotNull()))).isEmpty();
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("content").dropNotNull()))).containsExactly(LintCheck.DROP_NOT_NULL);
    }

    @Test
    void wideningAVarcharRewritesNothing() {
        List<Revision> chain = List.of(
                TestRevision.of("0001_notes", null, dsl -> List.of(dsl.createTable("notes").column("title", SQLDataType.VARCHAR(20))), dsl -> List.of()),
                TestRevision.of("0002_wider", "0001_notes", dsl -> List.of(dsl.alterTable("notes").alterColumn("title").set(SQLDataType.VARCHAR(50)),
                        dsl.alterTable("notes").alterColumn("title").set(SQLDataType.CLOB)), dsl -> List.of()),
                TestRevision.of("0003_narrower", "0002_wider", dsl -> List.of(dsl.alterTable("notes").alterColumn("title").set(SQLDataType.VARCHAR(10))), dsl -> List.of()));
        assertThat(linter.lint(RevisionGraph.of(chain))).extracting(LintWarning::source, LintWarning::check)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0003_narrower", LintCheck.TYPE_CHANGE));
    }

    @Test
    void setNotNullIsSafeOnlyAfterAValidatedCheckProvesIt() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("created_at").setNotNull())))
                .containsExactly(LintCheck.SET_NOT_NULL);
        assertThat(checks(dsl -> List.of(
                dsl.query("alter table \"prompts\" add constraint \"prompts_created_at_nn\" check (\"created_at\" is not null) not valid"),
                dsl.alterTable("prompts").alterColumn("created_at").setNotNull())))
                .containsExactly(LintCheck.SET_NOT_NULL);
        assertThat(checks(dsl -> notNullThroughACheck("prompts", "created_at"))).isEmpty();
    }

    /** The safe NOT NULL pattern as the helpers render it: check NOT VALID, validate, SET NOT NULL, drop the check. */
    private static List<Query> notNullThroughACheck(String table, String column) {
        String check = table + "_" + column + "_nn";
        return List.of(
                DSL.query("alter table \"" + table + "\" add constraint \"" + check + "\" check (\"" + column + "\" is not null) not valid"),
                DSL.query("alter table \"" + table + "\" validate constraint \"" + check + "\""),
                DSL.alterTable(table).alterColumn(column).setNotNull(),
                DSL.alterTable(table).dropConstraint(check));
    }

    @Test
    void droppingOrRenamingAColumnTheModelStillHas() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").dropColumn("content")))).containsExactly(LintCheck.DROP_COLUMN_IN_MODEL);
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").addColumn("gone_from_model", SQLDataType.CLOB),
                dsl.alterTable("prompts").dropColumn("gone_from_model")))).isEmpty();
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").renameColumn("content").to("body")))).containsExactly(LintCheck.RENAME_COLUMN);
    }

    @Test
    void droppingATableOrAnEnumTheModelStillDeclares() {
        assertThat(checks(dsl -> List.of(dsl.dropType("cost_tier"), dsl.createType("cost_tier").asEnum("free", "paid"))))
                .containsExactly(LintCheck.ENUM_LABEL_REMOVED);
        assertThat(checks(dsl -> List.of(dsl.dropTable("prompts")))).containsExactly(LintCheck.DROP_TABLE_IN_MODEL);
        assertThat(checks(dsl -> List.of(dsl.createTable("scratch").column("id", SQLDataType.INTEGER), dsl.dropTable("scratch")))).isEmpty();
    }

    @Test
    void concurrentlyNeedsANonTransactionalRevision() {
        Query concurrently = DSL.query("create index concurrently if not exists \"prompts_version_idx\" on \"prompts\" (\"version\")");
        assertThat(checks(dsl -> List.of(concurrently))).containsExactly(LintCheck.CONCURRENTLY_IN_TRANSACTION);
        assertThat(linter.lint(new NonTransactional("0002_index", List.of(concurrently)))).isEmpty();
    }

    /** The shapes the engine's safe-pattern helpers render (issue 15, part 3) pass, as plain SQL and as DSL. */
    @Test
    void theSafePatternsPass() {
        assertThat(linter.lint(new NonTransactional("0002_indexes", List.of(
                DSL.query("create unique index concurrently if not exists \"prompts_name_version_idx\" on \"prompts\" (\"name\", \"version\")"),
                DSL.query("drop index concurrently if exists \"prompts_name_version_idx\""))))).isEmpty();
        assertThat(checks(dsl -> List.of(
                dsl.query("alter table \"prompts\" add constraint \"prompts_version_positive\" check (\"version\" > 0) not valid"),
                dsl.alterTable("prompts").addColumn("parent_id", SQLDataType.UUID),
                dsl.query("alter table \"prompts\" add constraint \"prompts_parent_fk\" foreign key (\"parent_id\") references \"prompts\" (\"id\") not valid"),
                dsl.query("alter table \"prompts\" validate constraint \"prompts_parent_fk\""),
                dsl.query("alter table \"prompts\" validate constraint \"prompts_version_positive\""),
                dsl.alterTable("prompts").addColumn("locale", SQLDataType.CLOB),
                dsl.query("update \"prompts\" set \"locale\" = 'en' where \"id\" in (select \"id\" from \"prompts\" where \"locale\" is null limit 1000)"),
                dsl.update(DSL.table(DSL.name("prompts"))).set(DSL.field(DSL.name("locale")), DSL.inline("en"))
                        .where(DSL.field(DSL.name("id")).in(DSL.select(DSL.field(DSL.name("id"))).from(DSL.table(DSL.name("prompts")))
                                .where(DSL.field(DSL.name("locale")).isNull()).limit(DSL.inline(1000)))),
                dsl.alterTable("prompts").dropColumn("parent_id")))).isEmpty();
        assertThat(checks(dsl -> {
            List<Query> up = new ArrayList<>(List.of(dsl.alterTable("prompts").addColumn("locale", SQLDataType.CLOB)));
            up.addAll(notNullThroughACheck("prompts", "locale"));
            return up;
        })).isEmpty();
    }

    @Test
    void aValidationInTheNextRevisionCounts() {
        List<Revision> chain = new ArrayList<>(new Sa01Revisions().revisions().subList(0, 1));
        chain.add(TestRevision.of("0002_check", "0001_initial_schema", dsl -> List.of(
                dsl.query("alter table \"prompts\" add constraint \"prompts_created_at_nn\" check (\"created_at\" is not null) not valid")), dsl -> List.of()));
        chain.add(TestRevision.of("0003_validate", "0002_check", dsl -> List.of(
                dsl.query("alter table \"prompts\" validate constraint \"prompts_created_at_nn\"")), dsl -> List.of()));
        chain.add(TestRevision.of("0004_not_null", "0003_validate", dsl -> List.of(
                dsl.alterTable("prompts").alterColumn("created_at").setNotNull()), dsl -> List.of()));
        assertThat(linter.lint(RevisionGraph.of(chain))).isEmpty();
    }

    @Test
    void anAcknowledgedWarningIsNotReported() {
        assertThat(linter.lint(new AcknowledgedIndex())).isEmpty();
    }

    @Test
    void acknowledgingACheckThatDoesNotExistIsAUsageError() {
        assertThatThrownBy(() -> linter.lint(new MisspelledAcknowledgement()))
                .isInstanceOf(MigrationException.class).hasFieldOrPropertyWithValue("kind", ErrorKind.USAGE)
                .hasMessage("revision 0002_misspelled acknowledges lint check 'index-not-concurrent', which does not exist: use an id from docs/lint.md");
    }

    @AcknowledgeLint(check = "index-not-concurrent", reason = "a typo")
    static final class MisspelledAcknowledgement extends PromptVersionIndex {
        public String id() { return "0002_misspelled"; }
    }

    @Test
    void aWarningNamesTheRevisionTheStatementTheLockAndTheSafePattern() {
        LintWarning w = linter.lint(TestRevision.of("0002_test", "0001_initial_schema",
                dsl -> List.of(dsl.alterTable("prompts").alterColumn("created_at").setNotNull()), dsl -> List.of())).get(0);
        assertThat(w.describe()).startsWith("0002_test (TestRevision.java, statement 1): set-not-null: column prompts.created_at: "
                + "`alter table \"prompts\" alter \"created_at\" set not null` takes ACCESS EXCLUSIVE for a full table scan; safe: ")
                .contains("NOT VALID");
    }

    @Test
    void aWarningPointsAtTheSourceLineThatNamesTheObject() {
        LintWarning w = new RevisionLinter(Sa01Schema.head(), ProjectFiles.resolve("tooling/src/test/resources/lint-sources")).lint(new R0002AddPromptIndex()).get(0);
        assertThat(w.location()).isEqualTo("R0002AddPromptIndex.java:4");
    }

    @AcknowledgeLint(check = "index-not-concurrently", reason = "prompts holds a handful of rows in every deployment")
    static final class AcknowledgedIndex extends PromptVersionIndex {
        public String id() { return "0002_prompt_version_index"; }
    }

    /** Its source is a test resource of the same name, where "prompts_version_idx" stands on line 4. */
    static final class R0002AddPromptIndex extends PromptVersionIndex {
        public String id() { return "0002_add_prompt_index"; }
    }

    /** A revision after 0001 that indexes prompts.version without CONCURRENTLY; subclasses differ by name and annotations. */
    abstract static class PromptVersionIndex implements Revision {
        public Optional<String> parent() { return Optional.of("0001_initial_schema"); }
        public String description() { return "index"; }
        public List<Query> upgrade() { return List.of(DSL.createIndex("prompts_version_idx").on("prompts", "version")); }
        public List<Query> downgrade() { return List.of(DSL.dropIndex("prompts_version_idx")); }
    }

    record NonTransactional(String id, List<Query> upgrade) implements Revision {
        public Optional<String> parent() { return Optional.of("0001_initial_schema"); }
        public String description() { return "outside a transaction"; }
        public List<Query> downgrade() { return List.of(); }
        public boolean transactional() { return false; }
    }
}
