package org.somaagent.sa01.migrations.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.BuildChecksums;
import org.somaagent.sa01.migrations.testing.revisions.CountedRevisions;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * With checksums computed when the jar was built, a run at head renders no revision, and a revision
 * changed after it was applied still stops the run: the build's checksum only answers "unchanged".
 */
@ExtendWith(FreshDatabase.class)
class BuildChecksumsIT {

    @BeforeAll
    static void buildTheChecksums() throws Exception {
        // as the build does for a revision set's jar, here into the test classes
        BuildChecksums.write(new CountedRevisions(), Path.of(CountedRevisions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    @Test
    void atHeadNothingIsRendered(TestDatabase db) {
        db.migrator(CountedRevisions.class).upgrade("head");
        CountedRevisions.UPGRADES_BUILT.set(0);

        assertThat(db.migrator(CountedRevisions.class).upgrade("head").steps()).isEmpty();
        assertThat(CountedRevisions.UPGRADES_BUILT).hasValue(0);
    }

    @Test
    void aRevisionChangedAfterItWasAppliedIsStillCaught(TestDatabase db) {
        db.migrator(CountedRevisions.class).upgrade("head");
        // what a database that ran an earlier text of 0002 holds
        db.execute("update schema_version set checksum = repeat('1', 64) where revision_id = '0002_add_run_receipts'");

        assertThatThrownBy(() -> db.migrator(CountedRevisions.class).upgrade("head"))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FAILED))
                .hasMessageContaining("revision 0002_add_run_receipts was changed after it was applied");
    }
}
