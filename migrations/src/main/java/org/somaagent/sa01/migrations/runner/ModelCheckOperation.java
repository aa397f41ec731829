package org.somaagent.sa01.migrations.runner;

import java.util.List;
import org.somaagent.sa01.migrations.config.Dsn;
import org.somaagent.sa01.migrations.config.RunnerConfig;
import org.somaagent.sa01.migrations.revision.RevisionGraph;
import org.somaagent.sa01.schema.model.SchemaDef;

/**
 * The model against head: a scratch database is brought to head by the revisions, then compared
 * with the declared model. A difference means the model changed without a revision (or the other
 * way round). The live database is not touched.
 */
public final class ModelCheckOperation {

    private ModelCheckOperation() {}

    public static List<String> run(Dsn admin, RunnerConfig config, RevisionGraph graph, SchemaDef model) {
        return ScratchHead.run(admin, "sa01_modelcheck", config, graph,
                session -> CheckOperation.run(session, model).stream().map(d -> "model vs head: " + d).toList());
    }
}
