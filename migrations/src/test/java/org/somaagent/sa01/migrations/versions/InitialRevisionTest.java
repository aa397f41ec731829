package org.somaagent.sa01.migrations.versions;

import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;

public class InitialRevisionTest {

    /**
     * Revision 0001 is history: deployments store this checksum. A change to the legacy baseline,
     * to rendering settings or to jOOQ's rendering shows up here first, not on a deployment.
     */
    public static final String PINNED_CHECKSUM = "9eb3a37af11011352d1fc4bf740fdba06b97d63b5ac25161eb6c3af46edc0587";

    @Test
    void checksumIsPinned() {
        assertThat(Checksums.of(new R0001InitialSchema())).isEqualTo(PINNED_CHECKSUM);
    }

    @Test
    void rendersEveryLegacyObjectOffline() {
        String sql = Checksums.upgradeScript(new R0001InitialSchema());
        assertThat(sql.lines().filter(l -> l.startsWith("create table "))).hasSize(12);
        assertThat(sql.lines().filter(l -> l.startsWith("create type "))).hasSize(5);
        assertThat(sql).contains("\"vector\" vector(384)", "using ivfflat (\"vector\" vector_cosine_ops) with (lists = 100)",
                "using gin (\"modalities\")", "\"timestamp\" desc", "where \"enabled\" = true", "bigserial",
                "on conflict do nothing", "create trigger \"mm_job_plans_set_updated_at\"");
        assertThat(sql).doesNotContain("sessions");
    }

    @Test
    void downgradeDropsEverythingButTheExtensionNewestFirst() {
        String sql = Checksums.downgradeScript(new R0001InitialSchema());
        assertThat(sql.lines().filter(l -> l.startsWith("drop table "))).hasSize(12);
        assertThat(sql.indexOf("drop table if exists \"session_embeddings\"")).isLessThan(sql.indexOf("drop table if exists \"task_registry\""));
        assertThat(sql.indexOf("drop table if exists \"multimodal_assets\"")).isLessThan(sql.indexOf("drop type if exists \"asset_type\""));
        assertThat(sql).doesNotContain("drop extension");
    }

    @Test
    void theProjectsRevisionsFormOneChain() {
        RevisionGraph graph = RevisionGraph.of(new Sa01Revisions().revisions());
        assertThat(graph.chain().get(0).id()).isEqualTo("0001_initial_schema");
    }
}
