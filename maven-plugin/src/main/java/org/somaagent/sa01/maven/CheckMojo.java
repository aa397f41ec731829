package org.somaagent.sa01.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code sa01-migrate check}: compare the live database with head; the build fails on drift, naming each difference. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, configurator = "sa01", requiresProject = false)
public class CheckMojo extends AbstractSa01Mojo {

    @Override
    void run() throws Exception {
        List<String> differences = migrator(config()).check();
        differences.forEach(d -> info("difference: " + d));
        if (!differences.isEmpty()) {
            StringBuilder message = new StringBuilder("check: " + differences.size() + " difference(s)");
            differences.forEach(d -> message.append(System.lineSeparator()).append("difference: ").append(d));
            throw new MojoFailureException(redact(message.toString()));
        }
        info("check: no differences");
    }
}
