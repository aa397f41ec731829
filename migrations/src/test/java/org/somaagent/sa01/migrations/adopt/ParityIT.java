package org.somaagent.sa01.migrations.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.runner.MigrationResult;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.LegacyScripts;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.testing.SeedRowsSnapshot;
import org.somaagent.sa01.testing.TableDigests;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * An empty database brought to 0001 has the catalog the legacy scripts build (later revisions add to it:
 * see UpstreamParityIT), and a second run to head changes nothing.
 */
@ExtendWith(FreshDatabase.class)
class ParityIT {

    @Test
    void emptyTo0001EqualsTheLegacyScriptsButForTheSessionsTable(TestDatabase migrated, TestDatabase legacy) {
        LegacyScripts.apply(legacy, 6);

        MigrationResult result = migrated.migrator().upgrade("0001_initial_schema");

        assertThat(result.steps()).hasSize(1);
        assertThat(result.steps().get(0).differences()).isEmpty();
        Set<String> reference = CatalogFingerprint.of(legacy).stream()
                .filter(line -> !CatalogFingerprint.mentionsSessions(line)).collect(Collectors.toSet());
        assertThat(CatalogFingerprint.of(migrated)).containsExactlyInAnyOrderElementsOf(reference);
        assertThat(CatalogFingerprint.of(legacy)).anyMatch(CatalogFingerprint::mentionsSessions);
        assertThat(SeedRowsSnapshot.of(migrated)).hasSize(8).isEqualTo(SeedRowsSnapshot.of(legacy));
    }

    @Test
    void upgradingTwiceChangesNothing(TestDatabase db) throws Exception {
        Migrator runner = db.migrator();
        runner.upgrade("head");
        Set<String> catalog = CatalogFingerprint.of(db);
        var rows = TableDigests.of(db);

        MigrationResult second = runner.upgrade("head");

        assertThat(second.steps()).isEmpty();
        assertThat(CatalogFingerprint.of(db)).isEqualTo(catalog);
        assertThat(TableDigests.of(db)).isEqualTo(rows);
        assertThat(runner.check()).isEmpty();
    }
}
