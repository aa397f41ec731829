package org.somaagent.sa01.cli;

import org.somaagent.sa01.engine.runner.MigrationResult;
import org.somaagent.sa01.engine.Migrator;
import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = "Apply revisions up to TARGET (default head); adopts a legacy database or takes over one Alembic manages.")
final class UpgradeCommand extends DatabaseCommand {

    @Parameters(index = "0", defaultValue = "head", paramLabel = "TARGET", description = "head, a revision id, +N")
    String target;

    @Option(names = "--sql", description = "print the SQL from base to TARGET instead of running it (needs no database)")
    boolean sql;

    @Option(names = "--dry-run", description = "connect and print what would run (for a legacy or Alembic-managed database: what adoption would create and leave), changing nothing")
    boolean dryRun;

    @Override
    Optional<String> offlineSql(RevisionGraph graph) {
        return sql ? Optional.of(SqlScript.upgrade(graph, graph.resolve(target, 0))) : Optional.empty();
    }

    @Override
    void validateOffline(RevisionGraph graph) {
        graph.validate(target);
    }

    @Override
    int run(Migrator migrator) {
        if (dryRun) {
            List<UpgradeOperation.PlannedStep> plan = migrator.upgradeDryRun(target);
            if (root.json()) {
                out().println(json("dryRun", true, "steps", plan.stream().map(s -> Json.object("revision", s.revisionId(),
                        "adoption", s.adoption(), "takenOverFrom", s.takenOverFrom(), "statements", s.statements(), "differencesLeft", s.differences())).toList()));
            } else {
                printPlan(plan);
            }
            return 0;
        }
        MigrationResult result = migrator.upgrade(target);
        if (root.json()) {
            out().println(json("dryRun", false, "from", result.from(), "to", result.to(), "steps", steps(result.steps()),
                    "durationMs", result.durationMs()));
        }
        return 0;
    }

    /** The steps a run took, for {@code --output json} (upgrade and downgrade). */
    static List<Object> steps(List<org.somaagent.sa01.engine.runner.StepResult> steps) {
        return steps.stream().<Object>map(s -> Json.object("revision", s.revisionId(), "operation", s.operation().name().toLowerCase(),
                "adopted", s.adoption().isPresent(), "takenOverFrom", s.adoption().flatMap(a -> a.takenOverFrom()),
                "durationMs", s.durationMs())).toList();
    }

    private void printPlan(List<UpgradeOperation.PlannedStep> steps) {
        for (UpgradeOperation.PlannedStep step : steps) {
            out().println("-- " + (!step.adoption() ? "upgrade " : step.takenOverFrom()
                    .map(from -> "take over " + from + " as the revisions up to ").orElse("adopt the existing schema as ")) + step.revisionId());
            step.statements().forEach(sql -> out().println(sql + ";"));
            step.differences().forEach(d -> out().println("-- difference left: " + d));
        }
        out().println("-- dry run: " + steps.size() + " step(s), nothing was changed");
    }
}
