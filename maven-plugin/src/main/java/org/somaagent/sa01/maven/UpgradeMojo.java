package org.somaagent.sa01.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code sa01-migrate upgrade}: apply the revisions up to {@code target} (default head); adopts a legacy database. No default phase: bind it. */
@Mojo(name = "upgrade", threadSafe = true, configurator = "sa01", requiresProject = false)
public class UpgradeMojo extends AbstractSa01Mojo {

    /** head, a revision id, +N. */
    @Parameter(property = "sa01.target", defaultValue = "head")
    String target;

    @Override
    void run() throws Exception {
        // the engine logs each revision and the summary, as sa01-migrate prints them
        migrator(config()).upgrade(target);
    }
}
