package org.somaagent.sa01.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.tooling.lint.LintWarning;
import org.somaagent.sa01.tooling.lint.RevisionLinter;

/** {@code sa01-migrate lint}: lock-unsafe steps in the revisions (needs no database); the build fails on a warning no @AcknowledgeLint accepts. */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true, configurator = "sa01", requiresProject = false)
public class LintMojo extends AbstractSa01Mojo {

    /** The revision sources, to name a finding's line (optional). */
    @Parameter(property = "sa01.versionsDir", defaultValue = "${project.basedir}/src/main/java")
    File versionsDir;

    @Override
    void run() throws Exception {
        RunnerConfig config = config();
        RevisionSet set = revisions(config);
        var model = set.model().orElseThrow(() -> MigrationException.usage("revision_set " + config.revisionSet()
                + " declares no model (RevisionSet.model()): this verb compares with it"));
        List<LintWarning> warnings = new RevisionLinter(model, versionsDir == null ? new File(".").toPath() : versionsDir.toPath())
                .lint(RevisionGraph.of(set));
        warnings.forEach(w -> info("lint: " + w.describe()));
        if (!warnings.isEmpty()) {
            StringBuilder message = new StringBuilder("lint: " + warnings.size() + " warning(s)");
            warnings.forEach(w -> message.append(System.lineSeparator()).append("lint: ").append(w.describe()));
            throw new MojoFailureException(message.toString());
        }
        info("lint: 0 warning(s)");
    }
}
