package org.somaagent.sa01.engine.runner;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.engine.revision.Revision;

@ExtendWith(FreshDatabase.class)
class RunnerIT {

    @Test
    void aFailingRevisionRollsBackWholeAndLeavesTheDatabaseAtItsParent(TestDatabase db) {
        assertThatThrownBy(() -> db.migrator(FailingRevisions.class).upgrade("head"))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FAILED))
                .hasMessageContaining("revision 0003_broken failed and was rolled back")
                .hasMessageContaining("division by zero")
                .hasMessageContaining("statement: select 1 / 0")
                .hasMessageContaining("left at revision " + FailingRevisions.GOOD);

        assertThat(appliedIds(db)).containsExactly("0001_initial_schema", FailingRevisions.GOOD);
        assertThat(db.dsl().fetchValue("select to_regclass('half_done') is null")).isEqualTo(true);
        assertThat(db.dsl().fetchValue("select count(*) from information_schema.columns where column_name = 'author'")).isEqualTo(0L);
    }

    @Test
    void aChangedChecksumStopsTheRunNamingTheRevision(TestDatabase db) {
        db.migrator().upgrade("head");
        db.execute("update schema_version set checksum = repeat('0', 64) where revision_id = '0001_initial_schema'");

        assertThatThrownBy(() -> db.migrator().upgrade("head"))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FAILED))
                .hasMessageContaining("revision 0001_initial_schema was changed after it was applied")
                .hasMessageContaining("database has checksum 0000")
                .hasMessageContaining("To fix:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aDatabaseAtARevisionTheCodeDoesNotKnowIsNewerThanTheCode(TestDatabase db) {
        db.migrator(FailingRevisions.class).upgrade(FailingRevisions.GOOD);

        assertThatThrownBy(() -> db.migrator().upgrade("head"))
                .hasMessageContaining("has revision " + FailingRevisions.GOOD + ", which this build does not know")
                .hasMessageContaining("the database is newer than the code");
        assertThat(appliedIds(db)).containsExactly("0001_initial_schema", FailingRevisions.GOOD);
    }

    @Test
    void eightRunnersStartedTogetherAllSucceedAndEachRevisionIsAppliedOnce(TestDatabase db) throws Exception {
        List<Process> runners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runners.add(CliProcess.start(Map.of(), "--dsn", db.dsn().toLibpqUri(), "upgrade", "head"));
        }
        for (Process runner : runners) {
            CliProcess.Result result = CliProcess.await(runner);
            assertThat(result.exitCode()).as(result.output()).isZero();
        }
        assertThat(db.dsl().fetch("select revision_id from schema_version_log where operation = 'upgrade'").getValues(0, String.class))
                .containsExactlyElementsOf(CHAIN);
        assertThat(db.migrator().check()).isEmpty();
    }

    @Test
    void fourUpgradesRacingFourCurrentCallsAllSucceed(TestDatabase db) throws Exception {
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(CliProcess.start(Map.of(), "--dsn", db.dsn().toLibpqUri(), "upgrade", "head"));
            processes.add(CliProcess.start(Map.of(), "--dsn", db.dsn().toLibpqUri(), "current"));
        }
        for (Process p : processes) {
            CliProcess.Result result = CliProcess.await(p);
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.stderr()).isEmpty();
        }
        assertThat(db.dsl().fetchValue("select count(*) from schema_version_log where operation = 'upgrade'")).isEqualTo((long) CHAIN.size());
    }

    @Test
    void stampRepairsTheVersionTableWithoutRunningAnything(TestDatabase db) {
        db.migrator().upgrade("head");
        db.execute("delete from schema_version");
        db.migrator().stamp("head");
        assertThat(appliedIds(db)).containsExactlyElementsOf(CHAIN);
        assertThat(db.dsl().fetchValue("select count(*) from schema_version_log where operation = 'stamp'")).isEqualTo((long) CHAIN.size()); // one row per revision stamped
        assertThat(db.migrator().upgrade("head").steps()).isEmpty();
    }

    /** The project's revision ids, in order: what an upgrade to head applies, each once. */
    private static final List<String> CHAIN = new Sa01Revisions().revisions().stream().map(Revision::id).toList();

    /**
     * Names are quoted wherever the runner looks a table up: a mixed-case version table is found again on the next run.
     * Only the Java API can ask for one (the properties file takes lower-case names), so the config is built here.
     */
    @Test
    void aMixedCaseVersionTableIsFoundOnTheNextRun(TestDatabase db) {
        RunnerConfig config = new RunnerConfig(db.dsn(), "public", "Schema_Versions", db.config().lockTimeout(), db.config().statementTimeout(),
                db.config().connectTimeout(), db.config().lockWaitTimeout(), db.config().logLevel(), db.config().revisionSet());
        Migrator.configure().config(config).revisions(new Sa01Revisions()).load().upgrade("head");

        assertThat(Migrator.configure().config(config).revisions(new Sa01Revisions()).load().upgrade("head").steps()).isEmpty();
        assertThat(db.dsl().fetchValue("select count(*) from \"Schema_Versions\"", Long.class)).isEqualTo((long) new Sa01Revisions().revisions().size());
    }

    private static List<String> appliedIds(TestDatabase db) {
        return db.dsl().fetch("select revision_id from schema_version order by revision_id").getValues(0, String.class);
    }
}
