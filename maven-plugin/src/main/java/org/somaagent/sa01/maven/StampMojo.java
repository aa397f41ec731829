package org.somaagent.sa01.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.somaagent.sa01.engine.error.MigrationException;

/** {@code sa01-migrate stamp}: set the version table to {@code target} without running any revision (repair). */
@Mojo(name = "stamp", threadSafe = true, configurator = "sa01", requiresProject = false)
public class StampMojo extends AbstractSa01Mojo {

    /** head, base or a revision id. */
    @Parameter(property = "sa01.target")
    String target;

    @Override
    void run() throws Exception {
        if (target == null || target.isBlank()) {
            throw MigrationException.usage("stamp needs a target: -Dsa01.target=head, base or a revision id");
        }
        migrator(config()).stamp(target);
    }
}
