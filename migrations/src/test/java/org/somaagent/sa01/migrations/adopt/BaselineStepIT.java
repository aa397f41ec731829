package org.somaagent.sa01.migrations.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.runner.StepResult;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import org.somaagent.sa01.migrations.versions.InitialRevisionTest;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.LegacyScripts;
import org.somaagent.sa01.testing.SampleRows;
import org.somaagent.sa01.testing.TestDatabase;

/** Adoption is a baseline step: planned once, printed by --dry-run, executed exactly as planned, recorded as 0001. */
@ExtendWith(FreshDatabase.class)
class BaselineStepIT {

    @Test
    void theDryRunListsExactlyTheStatementsAdoptionThenExecutes(TestDatabase legacy) {
        LegacyScripts.apply(legacy, 3);
        SampleRows.insertInto(legacy);
        Set<String> before = CatalogFingerprint.of(legacy);

        List<UpgradeOperation.PlannedStep> plan;
        plan = legacy.migrator().upgradeDryRun("head");
        assertThat(CatalogFingerprint.of(legacy)).as("a dry run changes nothing").isEqualTo(before);
        assertThat(plan.get(0).adoption()).isTrue();
        assertThat(plan.get(0).revisionId()).isEqualTo("0001_initial_schema");
        assertThat(plan.get(0).statements()).anyMatch(s -> s.startsWith("create table \"session_embeddings\""))
                .noneMatch(s -> s.startsWith("create table \"task_registry\""));

        StepResult adopted = legacy.migrator().upgrade("head").steps().get(0);

        assertThat(adopted.adoption()).isPresent();
        assertThat(adopted.adoption().get().statements()).isEqualTo(plan.get(0).statements());
        assertThat(legacy.dsl().fetchValue("select checksum from schema_version where revision_id = '0001_initial_schema'"))
                .as("databases adopted or upgraded by earlier builds store this checksum").isEqualTo(InitialRevisionTest.PINNED_CHECKSUM);
        assertThat(legacy.dsl().fetchValue("select description from schema_version_log where revision_id = '0001_initial_schema'"))
                .asString().startsWith("adopted the existing schema as ");
    }

    @Test
    void anEmptyDatabaseRunsTheRevisionItselfAndAnUpgradedOneAcceptsTheStoredChecksum(TestDatabase empty) {
        StepResult first = empty.migrator().upgrade("head").steps().get(0);

        assertThat(first.adoption()).isEmpty();
        assertThat(empty.dsl().fetchValue("select checksum from schema_version where revision_id = '0001_initial_schema'")).isEqualTo(InitialRevisionTest.PINNED_CHECKSUM);
        assertThat(empty.migrator().upgrade("head").steps()).isEmpty();
    }
}
