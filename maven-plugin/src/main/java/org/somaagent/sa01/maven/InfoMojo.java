package org.somaagent.sa01.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.somaagent.sa01.engine.Migrator;
import org.somaagent.sa01.engine.runner.StatusOperation;
import org.somaagent.sa01.engine.runner.StatusOperation.Entry;

/** {@code sa01-migrate current} and {@code history}: the revision the database is at, then every revision and its state. */
@Mojo(name = "info", threadSafe = true, configurator = "sa01", requiresProject = false)
public class InfoMojo extends AbstractSa01Mojo {

    @Override
    void run() throws Exception {
        Migrator migrator = migrator(config());
        List<Entry> history = migrator.history();
        info("current: " + StatusOperation.currentLine(history, migrator.graph()));
        String format = "%-28s %-28s %-25s %8s  %-8s %s";
        info(String.format(format, "REVISION", "PARENT", "APPLIED AT", "MS", "STATE", "DESCRIPTION"));
        for (Entry e : history) {
            info(String.format(format, e.revisionId(), e.parent().orElse("-"),
                    e.applied().map(a -> a.appliedAt().withNano(0).toString()).orElse("-"),
                    e.applied().map(a -> Long.toString(a.durationMs())).orElse("-"),
                    e.state().name().toLowerCase(), e.description() + e.takenOverNote()));
        }
    }
}
