package org.somaagent.sa01.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;

/** Reads like the table it declares: one line per column, then its constraints. */
public final class TableBuilder {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private String comment;

    TableBuilder(String name) {
        this.name = name;
    }

    public TableBuilder nullable(String column, ColumnType type) {
        return add(column, type, true, null);
    }

    public TableBuilder nullable(String column, ColumnType type, ColumnDefault defaultValue) {
        return add(column, type, true, defaultValue);
    }

    public TableBuilder notNull(String column, ColumnType type) {
        return add(column, type, false, null);
    }

    public TableBuilder notNull(String column, ColumnType type, ColumnDefault defaultValue) {
        return add(column, type, false, defaultValue);
    }

    public TableBuilder primaryKey(String constraint, String... columns) {
        constraints.add(new Constraint.PrimaryKey(constraint, List.of(columns)));
        return this;
    }

    public TableBuilder unique(String constraint, String... columns) {
        constraints.add(new Constraint.Unique(constraint, List.of(columns)));
        return this;
    }

    public TableBuilder check(String constraint, Condition condition) {
        constraints.add(new Constraint.Check(constraint, condition));
        return this;
    }

    public TableBuilder foreignKey(String constraint, String column, String referencedTable, String referencedColumn,
                                   Constraint.OnDelete onDelete) {
        constraints.add(new Constraint.ForeignKey(constraint, List.of(column), referencedTable, List.of(referencedColumn), onDelete));
        return this;
    }

    public TableBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    public TableDef build() {
        return new TableDef(name, columns, constraints, Optional.ofNullable(comment));
    }

    private TableBuilder add(String column, ColumnType type, boolean nullable, ColumnDefault defaultValue) {
        columns.add(new Column(column, type, nullable, Optional.ofNullable(defaultValue)));
        return this;
    }
}
