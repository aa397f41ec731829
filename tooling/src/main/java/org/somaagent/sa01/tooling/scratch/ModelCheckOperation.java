package org.somaagent.sa01.tooling.scratch;

import org.somaagent.sa01.engine.runner.CheckOperation;

import java.util.List;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.model.SchemaDef;

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
