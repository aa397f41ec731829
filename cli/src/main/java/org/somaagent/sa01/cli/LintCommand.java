package org.somaagent.sa01.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.tooling.lint.LintWarning;
import org.somaagent.sa01.tooling.lint.RevisionLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "lint", description = {"Check the revisions for lock-unsafe steps (needs no database); exit 1 on a warning",
        "that no @AcknowledgeLint on the revision accepts."})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--versions-dir", paramLabel = "DIR", description = "revision sources, to name lines (default: " + RevisionCommand.VERSIONS + ")")
    Path versions = Path.of(RevisionCommand.VERSIONS);

    @Override
    public Integer call() {
        RunnerConfig config = root.loadConfig();
        List<LintWarning> warnings = new RevisionLinter(root.model(config), versions).lint(root.graph(config));
        if (root.json()) {
            spec.commandLine().getOut().println(Json.write(Json.object("command", "lint", "ok", warnings.isEmpty(),
                    "warnings", warnings.stream().map(w -> Json.object("revision", w.revisionId(), "location", w.location(),
                            "check", w.check().id(), "subject", w.subject(), "advice", w.check().advice(), "message", w.describe())).toList())));
            return warnings.isEmpty() ? ErrorKind.OK.exitCode() : ErrorKind.FAILED.exitCode();
        }
        warnings.forEach(w -> spec.commandLine().getOut().println("lint: " + w.describe()));
        spec.commandLine().getOut().println("lint: " + warnings.size() + " warning(s)");
        return warnings.isEmpty() ? ErrorKind.OK.exitCode() : ErrorKind.FAILED.exitCode();
    }
}
