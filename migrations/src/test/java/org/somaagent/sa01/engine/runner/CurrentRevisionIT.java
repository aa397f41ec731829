package org.somaagent.sa01.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.migrations.testing.revisions.AlterPromptsRevisions;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/** "Current" has one definition, the runner's: the applied prefix of the chain, not the newest timestamp. */
@ExtendWith(FreshDatabase.class)
class CurrentRevisionIT {

    @Test
    void currentIsTheLevelTheRunnerSeesAfterStampsAndClockSkew(TestDatabase db) {
        Migrator migrator = db.migrator(AlterPromptsRevisions.class);
        migrator.upgrade("head");
        // a server clock set back (or a stamp) leaves the first revision with the newest timestamp
        db.execute("update schema_version set applied_at = applied_at + interval '1 day' where revision_id = '0001_initial_schema'");

        assertThat(current(migrator)).isEqualTo("0002_prompt_locale");
        assertThat(migrator.upgrade("head").to()).contains("0002_prompt_locale");

        migrator.stamp("0001_initial_schema");
        assertThat(current(migrator)).isEqualTo("0001_initial_schema");
        migrator.stamp("head");
        assertThat(current(migrator)).isEqualTo("0002_prompt_locale");
    }

    private static String current(Migrator migrator) {
        return migrator.current().map(StatusOperation.Entry::revisionId).orElse("base");
    }
}
