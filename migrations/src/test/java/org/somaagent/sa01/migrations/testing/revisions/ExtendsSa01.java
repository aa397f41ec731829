package org.somaagent.sa01.migrations.testing.revisions;

import java.util.Optional;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.revision.Baseline;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;

/** A test revision set that starts from somaAgent01's own first revision: it adopts the same baseline and checks against the same model. */
interface ExtendsSa01 extends RevisionSet {

    @Override
    default Optional<Baseline> baseline() {
        return Optional.of(Sa01Revisions.LEGACY);
    }

    @Override
    default Optional<SchemaDef> model() {
        return new Sa01Revisions().model();
    }
}
