package org.somaagent.sa01.migrations.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.migrations.testing.Runner;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * Downgrading 0003 removes exactly what it added, and 0002 likewise: at each level the catalog is
 * that of a database upgraded only that far. Upgrading again rebuilds head, seed rows included.
 */
@ExtendWith(FreshDatabase.class)
class DowngradeStepsIT {

    @Test
    void eachDowngradeRemovesExactlyWhatItsRevisionAdded(TestDatabase db, TestDatabase at0001, TestDatabase at0002, TestDatabase head) {
        Runner.on(at0001).upgrade("0001_initial_schema");
        Runner.on(at0002).upgrade("0002_add_run_receipts");
        Runner.on(head).upgrade("head");
        Runner runner = Runner.on(db);
        runner.upgrade("head");
        assertThat(CatalogFingerprint.of(db)).isEqualTo(CatalogFingerprint.of(head));

        runner.downgrade("0002_add_run_receipts", true);
        assertThat(CatalogFingerprint.of(db)).isEqualTo(CatalogFingerprint.of(at0002));

        runner.downgrade("0001_initial_schema", false);
        assertThat(CatalogFingerprint.of(db)).isEqualTo(CatalogFingerprint.of(at0001));

        assertThat(runner.upgrade("head").steps()).hasSize(2);
        assertThat(CatalogFingerprint.of(db)).isEqualTo(CatalogFingerprint.of(head));
        assertThat(UpstreamParityIT.skinRows(db)).isEqualTo(UpstreamParityIT.skinRows(head)).hasSize(2);
        assertThat(runner.check()).isEmpty();
    }

    /** agent_skins always holds the two built-in themes, so dropping it is data loss the runner asks to allow. */
    @Test
    void downgradingAgentSkinsNeedsAllowDataLoss(TestDatabase db) {
        Runner runner = Runner.on(db);
        runner.upgrade("head");
        Set<String> before = CatalogFingerprint.of(db);

        assertThatThrownBy(() -> runner.downgrade("0002_add_run_receipts", false))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("agent_skins (2 rows)");
        assertThat(CatalogFingerprint.of(db)).isEqualTo(before);
    }
}
