package org.somaagent.sa01.migrations.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.LegacyScripts;
import org.somaagent.sa01.testing.SampleRows;
import org.somaagent.sa01.testing.TableDigests;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * A deployment that ran any prefix of the legacy scripts, with rows in every table it has, is
 * brought to head: the catalog then equals the parity reference (plus the sessions key where it
 * existed) and every pre-existing row is unchanged.
 */
@ExtendWith(FreshDatabase.class)
class AdoptionIT {

    @ParameterizedTest(name = "legacy scripts 016..{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void adoptsEveryPrefixOfTheLegacyScriptsKeepingEveryRow(int scripts, TestDatabase deployment, TestDatabase reference) {
        LegacyScripts.apply(deployment, scripts);
        SampleRows.insertInto(deployment);
        Map<String, String> before = TableDigests.of(deployment);
        reference.migrator().upgrade("head");

        deployment.migrator().upgrade("head");

        Set<String> withoutSessions = CatalogFingerprint.of(deployment).stream()
                .filter(line -> !CatalogFingerprint.mentionsSessions(line)).collect(Collectors.toSet());
        assertThat(withoutSessions).containsExactlyInAnyOrderElementsOf(CatalogFingerprint.of(reference));
        boolean hadSessionKey = scripts == 6;
        assertThat(CatalogFingerprint.of(deployment)).filteredOn(l -> l.contains("session_embeddings_session_id_fkey"))
                .hasSize(hadSessionKey ? 1 : 0);
        Map<String, String> after = TableDigests.of(deployment);
        before.forEach((table, digest) -> assertThat(after.get(table)).as("rows of %s", table).isEqualTo(digest));
    }
}
