package org.somaagent.sa01.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * A jOOQ upgrade that renders the same statements differently is told apart from an edited
 * revision, and {@code repair} adopts the new rendering once {@code check} is clean, never before.
 */
@ExtendWith(FreshDatabase.class)
class RepairIT {

    /** The same statements as another jOOQ might render them: upper-case keywords, formatted over several lines. */
    private static String otherRendering() {
        DSLContext other = DSL.using(SQLDialect.POSTGRES, new Settings().withStatementType(StatementType.STATIC_STATEMENT)
                .withRenderKeywordCase(RenderKeywordCase.UPPER).withRenderFormatted(true));
        StringBuilder s = new StringBuilder();
        for (Query query : new R0001InitialSchema().upgrade()) {
            s.append(other.render(query)).append(";\n");
        }
        return s.toString();
    }

    private static void storeAsApplied(TestDatabase db, String sql, String renderer) {
        db.dsl().execute("update schema_version set sql = ?, checksum = ?, rendered_by = ? where revision_id = '0001_initial_schema'",
                sql, Checksums.sha256(sql), renderer);
    }

    @Test
    void aRenderingChangeIsNamedAndRepairedOnceCheckIsClean(TestDatabase db) {
        db.migrator().upgrade("head");
        storeAsApplied(db, otherRendering(), "jOOQ 3.99.0");

        assertThatThrownBy(() -> db.migrator().upgrade("head"))
                .hasMessageContaining("differs from this build only in how jOOQ renders it")
                .hasMessageContaining("applied as rendered by jOOQ 3.99.0")
                .hasMessageContaining("first differing line")
                .hasMessageContaining("sa01-migrate repair");
        assertThat(db.migrator().check()).singleElement().asString().contains("rendered by another jOOQ");

        assertThat(db.migrator().repair()).containsExactly("0001_initial_schema");

        assertThat(db.migrator().upgrade("head").steps()).isEmpty();
        assertThat(db.migrator().check()).isEmpty();
        assertThat(db.dsl().fetchValue("select description from schema_version_log where operation = 'stamp'")).asString()
                .startsWith("repair: stored the rendering of jOOQ ").contains("(jOOQ 3.99.0)");
    }

    @Test
    void anEditedRevisionIsCalledChangedWithItsFirstDifferingLine(TestDatabase db) {
        db.migrator().upgrade("head");
        String edited = Checksums.upgradeScript(new R0001InitialSchema()).replace("\"content\" text not null", "\"content\" varchar(100) not null");
        storeAsApplied(db, edited, "jOOQ 3.99.0");

        assertThatThrownBy(() -> db.migrator().upgrade("head"))
                .hasMessageContaining("revision 0001_initial_schema was changed after it was applied")
                .hasMessageContaining("varchar(100)")
                .hasMessageNotContaining("only in how jOOQ renders it");
    }

    @Test
    void repairIsRefusedWhileTheSchemaDiffers(TestDatabase db) {
        db.migrator().upgrade("head");
        String applied = otherRendering();
        storeAsApplied(db, applied, "jOOQ 3.99.0");
        db.execute("alter table prompts drop column version");

        assertThatThrownBy(() -> db.migrator().repair()).hasMessageContaining("repair refused").hasMessageContaining("prompts");

        assertThat(db.dsl().fetchValue("select sql from schema_version where revision_id = '0001_initial_schema'")).isEqualTo(applied);
    }

    @Test
    void aVersionTableOfAnEarlierBuildGetsTheRenderingColumnsAndKeepsWorking(TestDatabase db) {
        db.migrator().upgrade("head");
        db.execute("alter table schema_version drop column sql, drop column rendered_by");

        assertThat(db.migrator().current()).isPresent();
        assertThat(db.migrator().upgrade("head").steps()).isEmpty();

        assertThat(db.dsl().fetchValue("select count(*) from information_schema.columns where table_name = 'schema_version' "
                + "and column_name in ('sql', 'rendered_by')")).isEqualTo(2L);
        assertThat(db.migrator().repair()).as("fills in the SQL rows of earlier builds lack")
                .containsExactlyElementsOf(db.migrator().graph().chain().stream().map(Revision::id).toList());
    }
}
