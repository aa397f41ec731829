package org.somaagent.sa01.tooling.autogen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.CheckOperation;
import org.somaagent.sa01.tooling.scratch.ScratchHead;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * {@code revision -m MSG [--autogenerate]}, the counterpart of {@code alembic revision
 * --autogenerate}: a scratch database brought to head, compared with the model, and the
 * differences written as a new revision. No differences: no file.
 */
public final class Autogenerate {

    private Autogenerate() {}

    /** The source of the next revision, or empty when the model and head agree. */
    public static Optional<String> source(Dsn admin, RunnerConfig config, RevisionGraph graph, SchemaDef model, RevisionFile file) {
        List<Difference> differences = ScratchHead.run(admin, "sa01_autogen", config, graph, session -> CheckOperation.compare(session, model));
        return differences.isEmpty() ? Optional.empty() : Optional.of(file.source(RevisionRenderer.render(differences), true));
    }

    /** An empty revision to fill in by hand. */
    public static String emptySource(RevisionFile file) {
        return file.source(new RevisionRenderer.Body(List.of(), List.of(), List.of()), false);
    }

    public static Path write(RevisionFile file, Path versionsDirectory, String source) throws IOException {
        return file.write(versionsDirectory, source);
    }
}
