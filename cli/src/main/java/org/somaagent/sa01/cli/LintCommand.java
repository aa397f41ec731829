package org.somaagent.sa01.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.tooling.lint.LintWarning;
import org.somaagent.sa01.tooling.lint.RevisionLinter;
import org.somaagent.sa01.tooling.lint.SqlFileLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "lint", description = {"Check the revisions, or the SQL files given, for lock-unsafe steps (needs no database);",
        "exit 1 on a finding that no @AcknowledgeLint on the revision accepts. Rules: docs/lint.md."})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--versions-dir", paramLabel = "DIR", description = "revision sources, to name lines (default: " + RevisionCommand.VERSIONS + ")")
    Path versions = Path.of(RevisionCommand.VERSIONS);

    @Parameters(paramLabel = "FILE.sql", arity = "0..*", description = "SQL files to lint instead of the revisions")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        boolean revisions = files.isEmpty();
        List<LintWarning> warnings;
        if (revisions) {
            RunnerConfig config = root.loadConfig();
            warnings = new RevisionLinter(root.model(config), versions).lint(root.graph(config));
        } else {
            warnings = new SqlFileLinter().lint(files);
        }
        if (root.json()) {
            spec.commandLine().getOut().println(Json.write(Json.object("command", "lint", "ok", warnings.isEmpty(),
                    "warnings", warnings.stream().map(w -> Json.object("revision", revisions ? w.source() : null,
                            "file", revisions ? null : w.source(), "location", w.location(), "check", w.check().id(),
                            "subject", w.subject(), "statement", w.statement(), "lock", w.check().lock(),
                            "advice", w.check().advice(), "message", w.describe())).toList())));
        } else {
            warnings.forEach(w -> spec.commandLine().getOut().println("lint: " + w.describe()));
            spec.commandLine().getOut().println("lint: " + warnings.size() + " warning(s)");
        }
        return warnings.isEmpty() ? ErrorKind.OK.exitCode() : ErrorKind.FAILED.exitCode();
    }
}
