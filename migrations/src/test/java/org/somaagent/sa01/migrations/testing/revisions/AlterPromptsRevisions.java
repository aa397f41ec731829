package org.somaagent.sa01.migrations.testing.revisions;

import java.util.List;
import org.jooq.impl.SQLDataType;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.testing.TestRevision;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;

/** A revision that needs an ACCESS EXCLUSIVE lock on prompts. */
public final class AlterPromptsRevisions implements ExtendsSa01 {

    @Override
    public List<Revision> revisions() {
        return List.of(new R0001InitialSchema(),
                TestRevision.of("0002_prompt_locale", "0001_initial_schema",
                        dsl -> List.of(dsl.alterTable("prompts").addColumn("locale", SQLDataType.CLOB)),
                        dsl -> List.of(dsl.alterTable("prompts").dropColumn("locale"))));
    }
}
