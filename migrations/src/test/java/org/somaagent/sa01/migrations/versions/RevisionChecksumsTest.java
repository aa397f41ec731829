package org.somaagent.sa01.migrations.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;

/**
 * Every revision renders, forever, to the checksum pinned in {@code revision-checksums.properties}
 * (databases store it): a snapshot, jOOQ or renderer change that moved an old revision's SQL fails
 * here, not on a deployment. A new revision is pinned by adding its line.
 */
class RevisionChecksumsTest {

    @Test
    void everyRevisionRendersToItsPinnedChecksum() throws IOException {
        Properties pinned = new Properties();
        try (InputStream in = RevisionChecksumsTest.class.getResourceAsStream("/revision-checksums.properties")) {
            pinned.load(in);
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Revision revision : new Sa01Revisions().revisions()) {
            rendered.put(revision.id(), Checksums.of(revision));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        rendered.keySet().forEach(id -> expected.put(id, pinned.getProperty(id, "(not pinned: add " + id + "=" + rendered.get(id) + ")")));
        assertThat(rendered).isEqualTo(expected);
        assertThat(pinned.getProperty("0001_initial_schema")).isEqualTo(InitialRevisionTest.PINNED_CHECKSUM);
    }
}
