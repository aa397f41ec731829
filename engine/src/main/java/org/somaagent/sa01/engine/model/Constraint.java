package org.somaagent.sa01.engine.model;

import java.util.List;
import org.jooq.Condition;
import org.jooq.ConstraintEnforcementStep;
import org.jooq.impl.DSL;

/**
 * A table constraint under the name PostgreSQL has for it in a legacy database (named ones keep
 * their names; unnamed ones get the name PostgreSQL generated, e.g. {@code task_registry_kind_check}).
 */
public sealed interface Constraint {

    String name();

    /** The {@code pg_constraint.contype} letter. */
    char catalogType();

    ConstraintEnforcementStep ddl();

    record PrimaryKey(String name, List<String> columns) implements Constraint {
        public char catalogType() { return 'p'; }
        public ConstraintEnforcementStep ddl() { return DSL.constraint(name).primaryKey(columns.toArray(String[]::new)); }
    }

    record Unique(String name, List<String> columns) implements Constraint {
        public char catalogType() { return 'u'; }
        public ConstraintEnforcementStep ddl() { return DSL.constraint(name).unique(columns.toArray(String[]::new)); }
    }

    record Check(String name, Condition condition) implements Constraint {
        public char catalogType() { return 'c'; }
        public ConstraintEnforcementStep ddl() { return DSL.constraint(name).check(condition); }
    }

    record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      OnDelete onDelete) implements Constraint {
        public char catalogType() { return 'f'; }
        public ConstraintEnforcementStep ddl() {
            var references = DSL.constraint(name).foreignKey(columns.toArray(String[]::new))
                    .references(referencedTable, referencedColumns.toArray(String[]::new));
            return switch (onDelete) {
                case NO_ACTION -> references;
                case CASCADE -> references.onDeleteCascade();
                case SET_NULL -> references.onDeleteSetNull();
            };
        }
    }

    enum OnDelete { NO_ACTION, CASCADE, SET_NULL }
}
