package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Check;
import org.jooq.Field;
import org.jooq.Key;
import org.jooq.Param;
import org.jooq.impl.QOM;

/** The rules on what an ALTER TABLE changed in one existing table. */
final class AlterTableRules {

    private final ModelView model;
    private final SchemaState state;

    AlterTableRules(ModelView model, SchemaState state) {
        this.model = model;
        this.state = state;
    }

    List<Finding> check(Statement statement, TableChange change) {
        String table = change.table();
        List<Finding> found = new ArrayList<>();
        if (change.renamed()) {
            found.add(new Finding(LintCheck.RENAME_TABLE, change.before().getName(), "table " + change.before().getName() + " to " + table));
        }
        change.renamedColumn().ifPresent(names -> found.add(
                new Finding(LintCheck.RENAME_COLUMN, table, names[0], "column " + table + "." + names[0] + " to " + names[1])));
        for (Field<?> added : change.added()) {
            if (added.getDataType().identity() || added.getDataType().defaulted() && !nonVolatile(added.getDataType().defaultValue())) {
                found.add(Finding.column(LintCheck.VOLATILE_DEFAULT, table, added.getName()));
            } else if (!added.getDataType().nullable() && !added.getDataType().defaulted()) {
                found.add(Finding.column(LintCheck.ADD_COLUMN_NOT_NULL, table, added.getName()));
            }
        }
        for (Field<?> dropped : change.droppedColumns()) {
            if (model.hasColumn(table, dropped.getName())) {
                found.add(Finding.column(LintCheck.DROP_COLUMN_IN_MODEL, table, dropped.getName()));
            }
        }
        for (Field<?> retyped : change.retyped()) {
            if (!TableChange.widening(change.before().field(retyped.getName()).getDataType(), retyped.getDataType())) {
                found.add(Finding.column(LintCheck.TYPE_CHANGE, table, retyped.getName()));
            }
        }
        for (Field<?> notNull : change.setNotNull()) {
            if (!provenNotNull(change, notNull.getName())) {
                found.add(Finding.column(LintCheck.SET_NOT_NULL, table, notNull.getName()));
            }
        }
        change.droppedNotNull().forEach(f -> found.add(Finding.column(LintCheck.DROP_NOT_NULL, table, f.getName())));
        List<String> constraints = new ArrayList<>();
        change.addedChecks().forEach(c -> constraints.add(c.getName()));
        change.addedForeignKeys().forEach(k -> constraints.add(k.getName()));
        for (String constraint : constraints) {
            if (statement.notValid()) {
                state.notValid(table, constraint);
            } else {
                found.add(new Finding(LintCheck.CONSTRAINT_NOT_VALID, table, constraint, "constraint " + constraint + " on " + table));
            }
        }
        for (Key<?> key : change.addedUniqueKeys()) {
            String what = key.getName().isEmpty() ? "primary key" : "constraint " + key.getName();
            found.add(new Finding(LintCheck.UNIQUE_CONSTRAINT, table, key.getName(), what + " on " + table));
        }
        found.addAll(Identifiers.tooLong("column", change.added().stream().map(Field::getName).toList()));
        found.addAll(Identifiers.tooLong("constraint", constraints));
        if (change.renamed()) {
            found.addAll(Identifiers.tooLong("table", List.of(table)));
        }
        change.renamedColumn().ifPresent(names -> found.addAll(Identifiers.tooLong("column", List.of(names[1]))));
        return found;
    }

    /** SET NOT NULL scans nothing (PostgreSQL 12+) when a validated CHECK (col IS NOT NULL) is already there. */
    private boolean provenNotNull(TableChange change, String column) {
        for (Check<?> check : change.before().getChecks()) {
            if (check.condition() instanceof QOM.IsNotNull isNotNull && isNotNull.$arg1() instanceof Field<?> field
                    && field.getName().equalsIgnoreCase(column) && !state.isNotValidated(change.table(), check.getName())) {
                return true;
            }
        }
        return false;
    }

    /** A default PostgreSQL 11+ stores once instead of writing into every row: a constant, or the time of the statement. */
    static boolean nonVolatile(Field<?> value) {
        if (value instanceof QOM.Cast<?> cast) {
            return nonVolatile(cast.$field());
        }
        return value instanceof Param<?> || value instanceof QOM.CurrentTimestamp<?> || value instanceof QOM.CurrentDate<?>
                || value instanceof QOM.CurrentTime<?> || value instanceof QOM.CurrentUser;
    }
}
