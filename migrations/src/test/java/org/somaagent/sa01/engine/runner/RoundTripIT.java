package org.somaagent.sa01.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.testing.SampleRows;
import org.somaagent.sa01.testing.TableDigests;
import org.somaagent.sa01.testing.TestDatabase;

@ExtendWith(FreshDatabase.class)
class RoundTripIT {

    @Test
    void headToBaseLeavesOnlyTheVersionTablesAndTheExtensionThenBackToHead(TestDatabase db) {
        Migrator runner = db.migrator();
        runner.upgrade("head");
        Set<String> head = CatalogFingerprint.of(db);

        runner.downgrade("base", true);

        assertThat(db.dsl().fetch("select tablename from pg_tables where schemaname = 'public'").getValues(0, String.class))
                .containsExactlyInAnyOrder("schema_version", "schema_version_log");
        assertThat(CatalogFingerprint.of(db)).containsExactly("extension plpgsql", "extension vector");
        runner.upgrade("head");
        assertThat(CatalogFingerprint.of(db)).isEqualTo(head);
    }

    @Test
    void downgradeThatWouldDropRowsIsRefusedAndChangesNothing(TestDatabase db) {
        Migrator runner = db.migrator();
        runner.upgrade("head");
        SampleRows.insertInto(db);
        Set<String> catalog = CatalogFingerprint.of(db);
        var rows = TableDigests.of(db);

        assertThatThrownBy(() -> runner.downgrade("base", false))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FAILED))
                .hasMessageContaining("would drop tables that hold rows")
                .hasMessageContaining("multimodal_outcomes (1 row)")
                .hasMessageContaining("--allow-data-loss");

        assertThat(CatalogFingerprint.of(db)).isEqualTo(catalog);
        assertThat(TableDigests.of(db)).isEqualTo(rows);
    }
}
