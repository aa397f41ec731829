package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.somaagent.sa01.migrations.testing.revisions.AlignTakenOverRevisions;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.SampleRows;
import org.somaagent.sa01.testing.TableDigests;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.testing.UpstreamAlembic;

/**
 * A database upstream's Alembic port built ({@code schema-00N.sql}, restored with psql), with rows
 * in every table, is taken over by {@code sa01-migrate upgrade head}, run as a real process: every
 * row unchanged, {@code alembic_version} untouched, the versions logged as taken over, a second run
 * a no-op, downgrade and upgrade again working, and {@code check} naming what upstream's 001
 * differs in (docs/alembic-takeover.md) until an ordinary revision removes it.
 */
@ExtendWith(FreshDatabase.class)
class AlembicTakeoverIT {

    /** What a takeover of any of upstream's revisions leaves, as check prints it (upstream-alembic README, "Upstream 001 compared"). */
    static final List<String> LEFT_BY_UPSTREAM_001 = List.of(
            "column session_embeddings.metadata has default (none), the model says '{}'::jsonb",
            "constraint session_embeddings_session_id_text_key on session_embeddings is named session_embeddings_session_text_key in the database (same definition)",
            "index ix_session_embeddings_vector on session_embeddings is named session_embeddings_vector_idx in the database (same definition)",
            "table task_registry has a comment the model does not: 'Runtime-registered tasks/tools with policy and observability metadata'",
            "table task_artifacts has a comment the model does not: 'Versioned task artifacts with SHA256 checksums for verification'",
            "table tool_catalog has a comment the model does not: 'Centralized tool catalog with parameters schema and cost classification'",
            "table tenant_tool_flags has a comment the model does not: 'Per-tenant tool overrides with fail-closed semantics'",
            "table prompts has a comment the model does not: 'Dynamic prompt management with versioning'",
            "table session_embeddings has a comment the model does not: 'Vector embeddings for session content with pgvector similarity search'");

    @ParameterizedTest(name = "alembic_version {0}")
    @CsvSource({"001, 0001_initial_schema, 1", "002, 0002_add_run_receipts, 2", "003, 0003_add_agent_skins, 3"})
    void takesOverKeepingEveryRowThenRunsLikeAnyManagedDatabase(String upstream, String mapped, int takenOver, TestDatabase db) throws Exception {
        Map<String, String> before = restoreWithRows(db, upstream);
        String dsn = db.dsn().toLibpqUri();
        Set<String> catalog = CatalogFingerprint.of(db);
        CliProcess.Result plan = CliProcess.run(Map.of(), "--dsn", dsn, "upgrade", "--dry-run");
        assertThat(plan.exitCode()).as(plan.output()).isZero();
        assertThat(plan.stdout()).contains("-- take over alembic_version " + upstream + " as the revisions up to " + mapped,
                "-- difference left: " + LEFT_BY_UPSTREAM_001.get(2));
        assertThat(CatalogFingerprint.of(db)).as("a dry run changes nothing").isEqualTo(catalog);
        assertThat(db.dsl().fetchValue("select to_regclass('schema_version') is null")).isEqualTo(true);

        CliProcess.Result first = CliProcess.run(Map.of(), "--dsn", dsn, "upgrade", "head");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("took over alembic_version " + upstream + " as " + mapped)
                .contains("9 differences left").contains("the database is at 0003_add_agent_skins (head)");
        LEFT_BY_UPSTREAM_001.forEach(line -> assertThat(first.output()).contains("difference: " + line + ": left as is"));
        Map<String, String> after = TableDigests.of(db);
        before.forEach((table, digest) -> assertThat(after.get(table)).as("rows of %s", table).isEqualTo(digest));
        assertThat(db.dsl().fetch("select description from schema_version_log order by id").getValues(0, String.class))
                .hasSize(3).first().asString().startsWith("taken over from alembic_version " + upstream + ": ");
        assertThat(db.dsl().fetchCount(db.dsl().selectFrom("schema_version_log")
                .where("description like 'taken over from alembic_version " + upstream + ": %'"))).isEqualTo(takenOver);

        CliProcess.Result history = CliProcess.run(Map.of(), "--dsn", dsn, "--output", "json", "history");
        assertThat(history.stdout().split("\"takenOverFrom\":\"alembic_version " + upstream + "\"", -1)).hasSize(takenOver + 1);
        assertThat(CliProcess.run(Map.of(), "--dsn", dsn, "current").stdout())
                .contains(takenOver == 3 ? "(taken over from alembic_version 003)" : "0003_add_agent_skins (head)");

        CliProcess.Result check = CliProcess.run(Map.of(), "--dsn", dsn, "check");
        assertThat(check.exitCode()).as(check.output()).isEqualTo(3);
        assertThat(check.stdout().lines().filter(l -> l.startsWith("difference: ")).map(l -> l.substring("difference: ".length())))
                .containsExactlyInAnyOrderElementsOf(LEFT_BY_UPSTREAM_001);

        CliProcess.Result again = CliProcess.run(Map.of(), "--dsn", dsn, "upgrade", "head");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("upgrade: nothing to do");
        assertThat(TableDigests.of(db)).isEqualTo(after);

        CliProcess.Result down = CliProcess.run(Map.of(), "--dsn", dsn, "downgrade", "0001", "--allow-data-loss");
        assertThat(down.exitCode()).as(down.output()).isZero();
        CliProcess.Result up = CliProcess.run(Map.of(), "--dsn", dsn, "upgrade", "head");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("applied 0002_add_run_receipts", "applied 0003_add_agent_skins");
        assertThat(db.dsl().fetchValue("select version_num from alembic_version")).isEqualTo(upstream);
        CliProcess.Result stamp = CliProcess.run(Map.of(), "--dsn", dsn, "--output", "json", "stamp", "head");
        assertThat(stamp.stdout()).as("0002 and 0003 were reapplied, 0001 is still the one taken over")
                .contains("{\"revision\":\"0001_initial_schema\",\"takenOverFrom\":\"alembic_version " + upstream + "\"}")
                .contains("{\"revision\":\"0002_add_run_receipts\",\"takenOverFrom\":null}");
    }

    @ParameterizedTest(name = "alembic_version {0}")
    @CsvSource({"001", "002", "003"})
    void twoRunnersStartedAtOnceBothSucceedAndOneTakesOver(String upstream, TestDatabase db) throws Exception {
        Map<String, String> before = restoreWithRows(db, upstream);

        Process a = CliProcess.start(Map.of(), "--dsn", db.dsn().toLibpqUri(), "upgrade", "head");
        Process b = CliProcess.start(Map.of(), "--dsn", db.dsn().toLibpqUri(), "upgrade", "head");
        List<CliProcess.Result> results = List.of(CliProcess.await(a), CliProcess.await(b));

        assertThat(results).allSatisfy(r -> assertThat(r.exitCode()).as(r.output()).isZero());
        assertThat(results).filteredOn(r -> r.output().contains("took over alembic_version " + upstream)).hasSize(1);
        assertThat(results).filteredOn(r -> r.output().contains("upgrade: nothing to do")).hasSize(1);
        assertThat(db.dsl().fetchCount(db.dsl().selectFrom("schema_version_log"))).isEqualTo(3);
        Map<String, String> after = TableDigests.of(db);
        before.forEach((table, digest) -> assertThat(after.get(table)).as("rows of %s", table).isEqualTo(digest));
    }

    @Test
    void anUnknownRevisionOrTwoHeadsStopWithExit1AndWriteNothing(TestDatabase unknown, TestDatabase twoHeads) throws Exception {
        UpstreamAlembic.restore(unknown, "003");
        unknown.execute("update alembic_version set version_num = '004'");
        UpstreamAlembic.restore(twoHeads, "002");
        twoHeads.execute("insert into alembic_version values ('002a')");

        assertRefused(unknown, "public.alembic_version names revision 004, which this build cannot take over (it knows 001, 002, 003)");
        assertRefused(twoHeads, "public.alembic_version names 2 revisions");
    }

    private static void assertRefused(TestDatabase db, String message) throws Exception {
        Set<String> catalog = CatalogFingerprint.of(db);
        Map<String, String> rows = TableDigests.of(db);

        CliProcess.Result result = CliProcess.run(Map.of(), "--dsn", db.dsn().toLibpqUri(), "upgrade", "head");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.stderr()).contains(message).contains("nothing was written").doesNotContain("\tat ");
        assertThat(result.stderr().lines().filter(l -> !l.isBlank())).hasSize(1);
        assertThat(db.dsl().fetchValue("select to_regclass('schema_version') is null")).isEqualTo(true);
        assertThat(CatalogFingerprint.of(db)).isEqualTo(catalog);
        assertThat(TableDigests.of(db)).isEqualTo(rows);
    }

    /** The ordinary revision docs/alembic-takeover.md shows leaves check nothing to report, on a taken-over database and on one our revisions built. */
    @Test
    void anOrdinaryRevisionRemovesWhatTheTakeoverLeft(TestDatabase takenOver, TestDatabase empty) throws Exception {
        UpstreamAlembic.restore(takenOver, "001");
        Path config = CliProcess.configWithRevisionSet(AlignTakenOverRevisions.class);
        for (TestDatabase db : List.of(takenOver, empty)) {
            String dsn = db.dsn().toLibpqUri();
            CliProcess.Result upgrade = CliProcess.run(Map.of(), "--config", config.toString(), "--dsn", dsn, "upgrade", "head");
            assertThat(upgrade.exitCode()).as(upgrade.output()).isZero();
            CliProcess.Result check = CliProcess.run(Map.of(), "--config", config.toString(), "--dsn", dsn, "check");
            assertThat(check.exitCode()).as(check.output()).isZero();
        }
        assertThat(takenOver.dsl().fetchValue("select count(*) from pg_constraint where conname = 'session_embeddings_session_id_text_key'"))
                .isEqualTo(1L);
    }

    /** Upstream's dump restored and three batches of sample rows added to every table; the digests of every table's rows. */
    private static Map<String, String> restoreWithRows(TestDatabase db, String upstream) {
        UpstreamAlembic.restore(db, upstream);
        SampleRows.insertInto(db, 3);
        Map<String, String> digests = TableDigests.of(db);
        assertThat(digests).as("rows in every table").doesNotContainValue("empty");
        return digests;
    }
}
