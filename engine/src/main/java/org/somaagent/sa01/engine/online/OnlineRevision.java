package org.somaagent.sa01.engine.online;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Query;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.StatementExecutor;

/**
 * A revision written as {@link OnlineStep}s, the safe patterns of {@link Online}. Its upgrade is
 * the steps' statements, its downgrade their undo steps in reverse order; the runner executes each
 * step its own way (an invalid index left by a failed concurrent build is dropped first, a
 * backfill repeats its batch). It runs in autocommit, statement by statement, when any step needs
 * it: then every statement is idempotent, and a run that failed or was killed is resumed by the next.
 */
public interface OnlineRevision extends Revision {

    List<OnlineStep> upgradeSteps();

    /** A revision of these steps, for revisions assembled in code (tests, benchmarks) rather than written as a class. */
    static OnlineRevision of(String id, String parent, String description, OnlineStep... steps) {
        record Steps(String id, Optional<String> parent, String description, List<OnlineStep> upgradeSteps) implements OnlineRevision {}
        return new Steps(id, Optional.ofNullable(parent), description, List.of(steps));
    }

    default List<OnlineStep> downgradeSteps() {
        return upgradeSteps().reversed().stream().map(OnlineStep::undo).toList();
    }

    @Override
    default List<Query> upgrade() {
        return queries(upgradeSteps());
    }

    @Override
    default List<Query> downgrade() {
        return queries(downgradeSteps());
    }

    @Override
    default boolean transactional() {
        return Stream.concat(upgradeSteps().stream(), downgradeSteps().stream()).noneMatch(OnlineStep::autocommit);
    }

    @Override
    default void runUpgrade(StatementExecutor executor) throws SQLException {
        run(upgradeSteps(), executor);
    }

    @Override
    default void runDowngrade(StatementExecutor executor) throws SQLException {
        run(downgradeSteps(), executor);
    }

    private static List<Query> queries(List<OnlineStep> steps) {
        return steps.stream().flatMap(step -> step.queries().stream()).toList();
    }

    private static void run(List<OnlineStep> steps, StatementExecutor executor) throws SQLException {
        for (OnlineStep step : steps) {
            step.run(executor);
        }
    }
}
