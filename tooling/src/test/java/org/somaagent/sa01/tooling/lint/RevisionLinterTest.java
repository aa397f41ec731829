package org.somaagent.sa01.tooling.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.revision.AcknowledgeLint;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.testing.TestRevision;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.schema.Sa01Schema;

class RevisionLinterTest {

    private final RevisionLinter linter = new RevisionLinter(Sa01Schema.head(), Path.of("src/main/java/org/somaagent/sa01/migrations/versions"));

    private List<LintCheck> checks(Function<DSLContext, List<Query>> up) {
        return linter.lint(TestRevision.of("0002_test", "0001_initial_schema", up, dsl -> List.of())).stream().map(LintWarning::check).toList();
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
        assertThat(checks(dsl -> List.of(dsl.query("create index concurrently \"prompts_version_idx\" on \"prompts\" (\"version\")"))))
                .isEmpty();
        assertThat(checks(dsl -> List.of(dsl.createTable("notes").column("id", SQLDataType.INTEGER),
                dsl.createIndex("notes_id_idx").on("notes", "id")))).isEmpty();
    }

    @Test
    void typeChangeAndSetNotNull() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("name").set(SQLDataType.CLOB))))
                .containsExactly(LintCheck.TYPE_CHANGE);
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").alterColumn("created_at").setNotNull())))
                .containsExactly(LintCheck.SET_NOT_NULL);
    }

    @Test
    void droppingOrRenamingAColumnTheModelStillHas() {
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").dropColumn("content")))).containsExactly(LintCheck.DROP_COLUMN_IN_MODEL);
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").dropColumn("gone_from_model")))).isEmpty();
        assertThat(checks(dsl -> List.of(dsl.alterTable("prompts").renameColumn("content").to("body")))).containsExactly(LintCheck.RENAME_COLUMN);
    }

    @Test
    void droppingAnEnumTheModelStillDeclares() {
        assertThat(checks(dsl -> List.of(dsl.dropType("cost_tier"), dsl.createType("cost_tier").asEnum("free", "paid"))))
                .containsExactly(LintCheck.ENUM_LABEL_REMOVED);
    }

    @AcknowledgeLint(check = "index-not-concurrently", reason = "prompts holds a handful of rows in every deployment")
    static final class AcknowledgedIndex implements Revision {
        public String id() { return "0002_prompt_version_index"; }
        public java.util.Optional<String> parent() { return java.util.Optional.of("0001_initial_schema"); }
        public String description() { return "index"; }
        public List<Query> upgrade() { return List.of(DSL.createIndex("prompts_version_idx").on("prompts", "version")); }
        public List<Query> downgrade() { return List.of(DSL.dropIndex("prompts_version_idx")); }
    }

    @Test
    void anAcknowledgedWarningIsNotReported() {
        assertThat(linter.lint(new AcknowledgedIndex())).isEmpty();
    }

    @Test
    void aWarningNamesTheRevisionTheCheckAndTheAdvice() {
        LintWarning w = linter.lint(TestRevision.of("0002_test", "0001_initial_schema",
                dsl -> List.of(dsl.alterTable("prompts").alterColumn("created_at").setNotNull()), dsl -> List.of())).get(0);
        assertThat(w.describe()).startsWith("0002_test (TestRevision.java): set-not-null: column prompts.created_at: ")
                .contains("NOT VALID");
    }
}
