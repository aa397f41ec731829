package org.somaagent.sa01.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.somaagent.sa01.engine.error.MigrationException;

/** {@code sa01-migrate downgrade}: revert down to {@code target}; refuses to drop tables holding rows unless {@code allowDataLoss}. */
@Mojo(name = "downgrade", threadSafe = true, configurator = "sa01", requiresProject = false)
public class DowngradeMojo extends AbstractSa01Mojo {

    /** A revision id, -N, or base. */
    @Parameter(property = "sa01.target")
    String target;

    /** Drop tables that hold rows (back them up first). */
    @Parameter(property = "sa01.allowDataLoss", defaultValue = "false")
    boolean allowDataLoss;

    @Override
    void run() throws Exception {
        if (target == null || target.isBlank()) {
            throw MigrationException.usage("downgrade needs a target: -Dsa01.target=REVISION, -N or base");
        }
        migrator(config()).downgrade(target, allowDataLoss);
    }
}
