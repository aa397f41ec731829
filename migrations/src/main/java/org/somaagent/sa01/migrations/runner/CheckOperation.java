package org.somaagent.sa01.migrations.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.somaagent.sa01.migrations.adopt.Adoption;
import org.somaagent.sa01.migrations.adopt.Catalog;
import org.somaagent.sa01.migrations.revision.Revision;
import org.somaagent.sa01.schema.model.SchemaDef;
import org.somaagent.sa01.schema.model.SchemaObject;
import org.somaagent.sa01.schema.model.TableDef;

/**
 * {@code check}: the live database against head. Differences are a result, not an error: the CLI
 * turns a non-empty list into exit code 3.
 */
public final class CheckOperation {

    private CheckOperation() {}

    public static List<String> run(RunnerSession session, SchemaDef head) throws java.sql.SQLException {
        List<String> differences = new ArrayList<>();
        for (StatusOperation.Entry entry : StatusOperation.history(session)) {
            switch (entry.state()) {
                case PENDING -> differences.add("revision " + entry.revisionId() + " is not applied: run sa01-migrate upgrade");
                case CHANGED -> differences.add("revision " + entry.revisionId() + " was changed after it was applied (checksum differs)");
                case UNKNOWN -> differences.add("the database has revision " + entry.revisionId() + ", which this build does not know");
                case APPLIED -> { }
            }
        }
        Catalog catalog = Catalog.read(session.dsl(), session.config().schema());
        Adoption comparison = Adoption.reportingOnly(session.dsl(), catalog);
        for (SchemaObject object : head.objects()) {
            comparison.ensure(object);
        }
        differences.addAll(comparison.differences());
        Set<String> ours = Set.of(session.config().versionTable(), session.config().versionLogTable());
        catalog.tables().keySet().stream()
                .filter(t -> !ours.contains(t) && head.tables().stream().map(TableDef::name).noneMatch(t::equals))
                .forEach(t -> differences.add("table " + t + " is not in the model"));
        return differences;
    }

    static String headId(RunnerSession session) {
        return session.graph().head().map(Revision::id).orElse("base");
    }
}
