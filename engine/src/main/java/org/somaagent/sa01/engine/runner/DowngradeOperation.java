package org.somaagent.sa01.engine.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.impl.QOM;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.runner.VersionTable.Operation;

/**
 * {@code downgrade TARGET}: revert revisions newest first, each in its own transaction. Refuses,
 * before anything runs, when a downgrade would drop tables that hold rows, unless data loss is allowed.
 */
public final class DowngradeOperation {

    private static final Logger LOG = LoggerFactory.getLogger(DowngradeOperation.class);


    private DowngradeOperation() {}

    public static MigrationResult run(RunnerSession session, String target, boolean allowDataLoss) {
        long start = System.nanoTime();
        try (AdvisoryLock lock = session.lock()) {
            int level = session.verifiedLevel(session.versionTable().applied());
            int targetLevel = session.graph().resolve(target, level);
            if (targetLevel > level) {
                throw MigrationException.usage("target " + target + " is above the current revision "
                        + session.idAtLevel(level).orElse("base") + ": use upgrade to go forward");
            }
            List<Revision> revisions = new ArrayList<>(session.graph().between(targetLevel, level)).reversed();
            if (!allowDataLoss) {
                refuseDataLoss(session, revisions, session.idAtLevel(targetLevel).orElse("base"));
            }
            List<StepResult> steps = new RevisionExecutor(session).runAll(revisions, Operation.DOWNGRADE);
            MigrationResult result = new MigrationResult(session.idAtLevel(level), session.idAtLevel(targetLevel), steps, Reporting.since(start));
            Reporting.summary(LOG, "downgrade", steps.size(), result.to(), session.graph(), result.durationMs());
            return result;
        }
    }

    private static void refuseDataLoss(RunnerSession session, List<Revision> revisions, String target) {
        Catalog catalog = Catalog.read(session.dsl(), session.config().schema());
        Map<String, Integer> rows = new LinkedHashMap<>();
        revisions.stream()
                .flatMap(r -> r.downgrade().stream())
                .flatMap(query -> query instanceof QOM.DropTable drop ? Stream.of(drop.$table().getName()) : Stream.empty())
                .filter(catalog.tables()::containsKey)
                .distinct()
                .forEach(table -> {
                    int count = session.dsl().fetchCount(DSL.table(DSL.name(session.config().schema(), table)));
                    if (count > 0) {
                        rows.put(table, count);
                    }
                });
        if (!rows.isEmpty()) {
            StringBuilder list = new StringBuilder();
            rows.forEach((table, count) -> list.append(list.isEmpty() ? "" : ", ").append(table).append(" (").append(count).append(count == 1 ? " row)" : " rows)"));
            throw MigrationException.failed("downgrade to " + target + " would drop tables that hold rows: " + list
                    + ". Nothing was changed. Back the data up, then rerun with --allow-data-loss");
        }
    }
}
