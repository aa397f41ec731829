package org.somaagent.sa01.migrations.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.revision.BuildChecksums;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;

/** The checksums the build wrote into the jar are the revisions' rendering, one per revision: the runner trusts them at head. */
class BuildChecksumsTest {

    @Test
    void theJarCarriesEveryRevisionsRenderedChecksum() {
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Revision revision : new Sa01Revisions().revisions()) {
            rendered.put(revision.id(), Checksums.of(revision));
        }
        assertThat(BuildChecksums.load(Sa01Revisions.class)).as("run the build (mvn process-classes) to rewrite them").isEqualTo(rendered);
    }
}
