package org.somaagent.sa01.engine.runner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;
import java.util.Set;
import org.somaagent.sa01.engine.catalog.Catalog;
import org.somaagent.sa01.engine.catalog.Difference;
import org.somaagent.sa01.engine.catalog.SchemaComparison;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * {@code check}: the live database against head. Differences are a result, not an error: the CLI
 * turns a non-empty list into exit code 3.
 */
public final class CheckOperation {

    private CheckOperation() {}

    public static List<String> run(RunnerSession session, SchemaDef head) {
        List<String> differences = new ArrayList<>();
        for (StatusOperation.Entry entry : StatusOperation.history(session)) {
            switch (entry.state()) {
                case PENDING -> differences.add("revision " + entry.revisionId() + " is not applied: run sa01-migrate upgrade");
                case CHANGED -> differences.add(changed(session, entry));
                case UNKNOWN -> differences.add("the database has revision " + entry.revisionId() + ", which this build does not know");
                case APPLIED -> { }
            }
        }
        compare(session, head).forEach(d -> differences.add(d.describe()));
        return differences;
    }

    private static String changed(RunnerSession session, StatusOperation.Entry entry) {
        Revision revision = session.graph().chain().get(session.graph().level(Optional.of(entry.revisionId())) - 1);
        return switch (ChecksumMismatch.classify(entry.applied().orElseThrow(), Rendering.of(revision).sql())) {
            case RENDERING -> "revision " + entry.revisionId() + " is stored as rendered by another jOOQ (same statements, other text):"
                    + " when check finds nothing else, sa01-migrate repair stores this build's rendering";
            case CHANGED, NOT_STORED -> "revision " + entry.revisionId() + " was changed after it was applied (checksum differs)";
        };
    }

    /** The schema differences alone, typed: what autogenerate renders. */
    public static List<Difference> compare(RunnerSession session, SchemaDef head) {
        Catalog catalog = Catalog.read(session.dsl(), session.config().schema());
        // Another tool's version table is left in place on purpose (going back to that tool stays possible): not drift.
        Set<String> versionTables = new HashSet<>(Set.of(session.config().versionTable(), session.config().versionLogTable()));
        session.graph().foreignVersions().ifPresent(f -> versionTables.add(f.table()));
        return new SchemaComparison(catalog).compare(head, versionTables);
    }
}
