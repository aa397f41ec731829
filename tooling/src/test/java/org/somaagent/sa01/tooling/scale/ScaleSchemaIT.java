package org.somaagent.sa01.tooling.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.MigrationResult;
import org.somaagent.sa01.engine.runner.StepResult;
import org.somaagent.sa01.migrations.testing.scale.ScaleRevisions;
import org.somaagent.sa01.migrations.testing.scale.ScaleSchema;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.tooling.autogen.Autogenerate;
import org.somaagent.sa01.tooling.autogen.RevisionFile;

/**
 * The generated 1,000-table schema (what make bench times) goes through every tool that reads a
 * whole schema: upgrade, check, adoption of a copy built by plain SQL, autogenerate. Not downgrade:
 * dropping 1,000 tables in one transaction takes more locks than PostgreSQL's default lock table
 * holds (max_locks_per_transaction 64: "out of shared memory").
 */
@ExtendWith(FreshDatabase.class)
class ScaleSchemaIT {

    private static final Class<? extends ScaleRevisions> THOUSAND = ScaleRevisions.named(1000);

    @Test
    void thousandTablesRoundTrip(TestDatabase migrated, TestDatabase plain) {
        MigrationResult upgrade = migrated.migrator(THOUSAND).upgrade("head");
        assertThat(upgrade.steps()).extracting(StepResult::revisionId).containsExactly(ScaleRevisions.REVISION_ID);
        assertThat(migrated.dsl().fetchValue("select count(*) from pg_tables where schemaname = 'public' and tablename not like 'schema_version%'"))
                .isEqualTo(1000L);
        assertThat(migrated.migrator(THOUSAND).check()).isEmpty();

        RevisionGraph graph = migrated.migrator(THOUSAND).graph();
        assertThat(Autogenerate.source(FreshDatabase.admin(), migrated.config(THOUSAND.getName()), graph, ScaleSchema.of(1000),
                RevisionFile.next(graph, "noop"))).isEmpty();

        // The same schema built by plain SQL, no version table: adopted with nothing to create or report (seed rows
        // are always inserted where missing, which here inserts none).
        plain.execute(Checksums.upgradeScript(graph.chain().getFirst()));
        MigrationResult adoption = plain.migrator(THOUSAND).upgrade("head");
        StepResult step = adoption.steps().getFirst();
        assertThat(step.adoption()).isPresent();
        assertThat(step.created()).allMatch(c -> c.startsWith("seed row for "));
        assertThat(step.differences()).isEmpty();
        assertThat(plain.migrator(THOUSAND).check()).isEmpty();
        Set<String> adopted = CatalogFingerprint.of(plain);
        assertThat(adopted).isEqualTo(CatalogFingerprint.of(migrated));

        // ... and check still sees one index gone among the thousands.
        plain.execute("drop index idx_scale_t00986_0");
        assertThat(plain.migrator(THOUSAND).check()).singleElement().asString().contains("idx_scale_t00986_0");
    }
}
