package org.somaagent.sa01.migrations.upstream;

import org.somaagent.sa01.engine.Migrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.error.MigrationException;
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
        at0001.migrator().upgrade("0001_initial_schema");
        at0002.migrator().upgrade("0002_add_run_receipts");
        head.migrator().upgrade("head");
        Migrator runner = db.migrator();
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
        Migrator runner = db.migrator();
        runner.upgrade("head");
        Set<String> before = CatalogFingerprint.of(db);

        assertThatThrownBy(() -> runner.downgrade("0002_add_run_receipts", false))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("agent_skins (2 rows)");
        assertThat(CatalogFingerprint.of(db)).isEqualTo(before);
    }
}
