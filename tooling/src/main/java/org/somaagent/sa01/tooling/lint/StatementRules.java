package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Named;
import org.jooq.Query;
import org.jooq.impl.QOM;

/** The rules read straight from jOOQ's query object model: indexes, drops, enum types, truncation, data writes. */
final class StatementRules {

    private final ModelView model;

    StatementRules(ModelView model) {
        this.model = model;
    }

    List<Finding> check(Statement statement, Query query, boolean inTransaction) {
        List<Finding> found = new ArrayList<>();
        if (statement.concurrently() && inTransaction) {
            found.add(new Finding(LintCheck.CONCURRENTLY_IN_TRANSACTION, "", "CONCURRENTLY in a transactional revision"));
        }
        switch (query) {
            case QOM.CreateIndex index when !statement.concurrently() -> found.add(new Finding(LintCheck.INDEX_NOT_CONCURRENTLY,
                    index.$table().getName(), name(index.$index()), "index " + name(index.$index()) + " on " + index.$table().getName()));
            case QOM.DropIndex index when !statement.concurrently() -> found.add(new Finding(LintCheck.DROP_INDEX_NOT_CONCURRENTLY,
                    index.$index().getName(), "index " + index.$index().getName()));
            case QOM.DropTable drop when model.hasTable(drop.$table().getName()) -> found.add(new Finding(LintCheck.DROP_TABLE_IN_MODEL,
                    drop.$table().getName(), "table " + drop.$table().getName()));
            case QOM.DropType drop -> drop.$types().stream().filter(t -> model.declaresEnum(t.getName()))
                    .forEach(t -> found.add(new Finding(LintCheck.ENUM_LABEL_REMOVED, t.getName(), "type " + t.getName())));
            case QOM.AlterType alter when alter.$renameValue() != null -> found.add(new Finding(LintCheck.RENAME_ENUM_LABEL,
                    alter.$type().getName(), "label " + alter.$renameValue() + " of type " + alter.$type().getName()));
            case QOM.Truncate<?> truncate when truncate.$cascade() == QOM.Cascade.CASCADE -> truncate.$table()
                    .forEach(t -> found.add(new Finding(LintCheck.TRUNCATE_CASCADE, t.getName(), "table " + t.getName())));
            case QOM.CreateDomain<?> create when !create.$constraints().isEmpty() -> found.add(new Finding(LintCheck.DOMAIN_CONSTRAINT,
                    "", create.$domain().getName(), "domain " + create.$domain().getName()));
            case QOM.AlterDomain<?> alter when alter.$addConstraint() != null || alter.$setNotNull() -> found.add(new Finding(
                    LintCheck.DOMAIN_CONSTRAINT, alter.$domain().getName(), "domain " + alter.$domain().getName()));
            case QOM.CreateTable create -> {
                found.addAll(Identifiers.tooLong("table", List.of(create.$table().getName())));
                found.addAll(Identifiers.tooLong("column or constraint", create.$tableElements().stream().map(Named::getName).toList()));
            }
            case QOM.CreateIndex index when index.$index() != null -> found.addAll(Identifiers.tooLong("index", List.of(index.$index().getName())));
            case QOM.CreateType create -> found.addAll(Identifiers.tooLong("type", List.of(create.$type().getName())));
            case QOM.DropDatabase drop -> found.add(new Finding(LintCheck.DROP_DATABASE, "", "database " + drop.$database().getName()));
            case QOM.Update<?> update when update.$where() == null -> found.add(new Finding(LintCheck.UNBATCHED_WRITE,
                    update.$table().getName(), "every row of " + update.$table().getName()));
            case QOM.Delete<?> delete when delete.$where() == null -> found.add(new Finding(LintCheck.UNBATCHED_WRITE,
                    delete.$from().getName(), "every row of " + delete.$from().getName()));
            default -> { }
        }
        return found;
    }

    private static String name(org.jooq.Index index) {
        return index == null ? "(unnamed)" : index.getName();
    }
}
