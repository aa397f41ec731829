package org.somaagent.sa01.migrations.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.testing.UpstreamAlembic;

/**
 * Revisions 0002 and 0003 build what upstream somaAgent01's Alembic revisions 002 and 003 build:
 * an empty database brought to head has, for every object they add, the catalog of upstream's
 * dump {@code schema-003.sql} (column types, defaults, the constraint and index names PostgreSQL
 * generated, comments, the function and the trigger), and the same seed rows but for the
 * generated id and the timestamps. 0001's known differences from upstream's 001 (upstream-alembic
 * README) are not compared here.
 */
@ExtendWith(FreshDatabase.class)
class UpstreamParityIT {

    /** Fingerprint lines of the objects 0002 and 0003 add (names PostgreSQL or upstream gave them). */
    static final Pattern ADDED_BY_0002_AND_0003 = Pattern.compile(
            ".*\\b(run_receipts|agent_skins|path_mode|degradation_level|update_agent_skins_updated_at|trigger_skins_updated_at"
                    + "|uq_skins_tenant_name|idx_run_receipts_\\w+|idx_skins_\\w+)\\b.*");

    @Test
    void headHasUpstreams002And003Objects(TestDatabase migrated, TestDatabase upstream) {
        UpstreamAlembic.restore(upstream, "003");

        migrated.migrator().upgrade("head");

        Set<String> expected = added(CatalogFingerprint.of(upstream));
        // 2 enums; run_receipts: 15 columns, 6 constraints, 8 indexes, 1 comment; agent_skins: 11 columns,
        // 6 constraints, 7 indexes, 1 comment, the trigger and its function.
        assertThat(expected).hasSize(59);
        assertThat(added(CatalogFingerprint.of(migrated))).containsExactlyElementsOf(expected);
        assertThat(skinRows(migrated)).hasSize(2).containsExactlyElementsOf(skinRows(upstream));
    }

    /** What 002 and 003 add to upstream's 001 is what 0002 and 0003 add to 0001: nothing more, nothing less. */
    @Test
    void revisionsAddWhatUpstreamsAdd(TestDatabase at0001, TestDatabase head, TestDatabase upstream001, TestDatabase upstream003) {
        UpstreamAlembic.restore(upstream001, "001");
        UpstreamAlembic.restore(upstream003, "003");

        at0001.migrator().upgrade("0001_initial_schema");
        head.migrator().upgrade("head");

        Set<String> upstreamAdded = minus(CatalogFingerprint.of(upstream003), CatalogFingerprint.of(upstream001));
        assertThat(upstreamAdded).allMatch(line -> ADDED_BY_0002_AND_0003.matcher(line).matches());
        assertThat(minus(CatalogFingerprint.of(head), CatalogFingerprint.of(at0001))).isEqualTo(upstreamAdded);
        assertThat(minus(CatalogFingerprint.of(at0001), CatalogFingerprint.of(head))).isEmpty();
    }

    static Set<String> added(Set<String> fingerprint) {
        return fingerprint.stream().filter(line -> ADDED_BY_0002_AND_0003.matcher(line).matches())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    /** agent_skins' rows as jsonb text without the generated id and the timestamps. */
    static Set<String> skinRows(TestDatabase db) {
        return new TreeSet<>(db.dsl().fetch("select (to_jsonb(t) - 'id' - 'created_at' - 'updated_at')::text from agent_skins t")
                .getValues(0, String.class));
    }
}
