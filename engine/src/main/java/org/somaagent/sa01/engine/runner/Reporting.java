package org.somaagent.sa01.engine.runner;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/** The lines the runner prints: one per revision, one per adoption difference, one summary. */
final class Reporting {

    private Reporting() {}

    static void step(Logger log, StepResult step) {
        String verb = step.adoption().map(a -> a.takenOverFrom().map(from -> "took over " + from + " as").orElse("adopted"))
                .orElse(step.operation() == VersionTable.Operation.UPGRADE ? "applied" : "reverted");
        log.info("{} {} in {} ms{}", verb, step.revisionId(), step.durationMs(),
                step.adoption().isPresent() ? " (" + step.created().size() + " objects created, " + step.differences().size() + " differences left)" : "");
        step.differences().forEach(d -> log.warn("  difference: {}", d));
    }

    static void summary(Logger log, String verb, int count, Optional<String> at, RevisionGraph graph, long ms) {
        String where = at.orElse("base") + (at.isPresent() && at.equals(graph.head().map(Revision::id)) ? " (head)" : "");
        if (count == 0) {
            log.info("{}: nothing to do; the database is at {}", verb, where);
        } else {
            log.info("{}: {} revision{} in {} ms; the database is at {}", verb, count, count == 1 ? "" : "s", ms, where);
        }
    }

    static long since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
