package org.somaagent.sa01.engine.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * {@code current} and {@code history}: what the database has, joined with what the code has (one
 * view both verbs read, as Flyway's info service). Reads only: no lock, no version table created.
 */
public final class StatusOperation {

    public enum State { APPLIED, CHANGED, PENDING, UNKNOWN }

    /**
     * One revision as both sides see it; {@code applied} is empty when the database does not have it;
     * {@code takenOverFrom} names the other tool's revision it was taken over from ({@code alembic_version 003}).
     */
    public record Entry(String revisionId, Optional<String> parent, String description, State state,
                        Optional<AppliedRevision> applied, String codeChecksum, Optional<String> takenOverFrom) {

        /** " (taken over from alembic_version 003)" for a revision adopted from another tool's version table, else "". */
        public String takenOverNote() {
            return takenOverFrom.map(from -> " (taken over from " + from + ")").orElse("");
        }
    }

    private StatusOperation() {}

    public static List<Entry> history(RunnerSession session) {
        Map<String, AppliedRevision> applied = session.versionTable().applied();
        Map<String, String> takenOver = applied.isEmpty() ? Map.of() : session.versionTable().takenOver();
        List<Entry> entries = new ArrayList<>();
        for (Revision revision : session.graph().chain()) {
            Optional<AppliedRevision> row = Optional.ofNullable(applied.remove(revision.id()));
            String checksum = session.graph().checksum(revision);
            State state = row.isEmpty() ? State.PENDING : session.graph().matches(revision, row.get().checksum()) ? State.APPLIED : State.CHANGED;
            entries.add(new Entry(revision.id(), revision.parent(), revision.description(), state, row, checksum,
                    row.map(r -> takenOver.get(r.revisionId()))));
        }
        applied.values().forEach(row -> entries.add(new Entry(row.revisionId(), Optional.empty(), row.description(),
                State.UNKNOWN, Optional.of(row), "", Optional.ofNullable(takenOver.get(row.revisionId())))));
        return entries;
    }

    /** The line {@code current} prints (the CLI and the Maven plugin): the revision, whether it is head, and where it came from. */
    public static String currentLine(List<Entry> history, RevisionGraph graph) {
        String head = graph.head().map(Revision::id).orElse("base");
        return current(history)
                .map(e -> e.revisionId() + (e.revisionId().equals(head) ? " (head)"
                        : e.state() == State.UNKNOWN ? " (not in this build: the database is newer than the code)" : "")
                        + e.takenOverNote())
                .orElse("base (no revision applied)");
    }

    /**
     * The revision the database is at, by the runner's own definition ({@link RunnerSession#verifiedLevel}):
     * the last revision of the applied prefix of the chain, whatever the rows' timestamps say (a stamp
     * or a server clock set back reorders them); a revision this build does not know, when the
     * database is newer than the code. Empty for base.
     */
    public static Optional<Entry> current(List<Entry> history) {
        Optional<Entry> unknown = history.stream().filter(e -> e.state() == State.UNKNOWN).reduce((older, newer) -> newer);
        if (unknown.isPresent()) {
            return unknown;
        }
        Entry last = null;
        for (Entry entry : history) {
            if (entry.applied().isEmpty()) {
                break;
            }
            last = entry;
        }
        return Optional.ofNullable(last);
    }
}
