package org.somaagent.sa01.engine.online;

import org.jooq.Condition;
import org.jooq.Constraint;
import org.jooq.Context;
import org.jooq.Index;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * The statements of the safe patterns that jOOQ's DSL has no construct for ({@code CONCURRENTLY},
 * {@code NOT VALID}, {@code VALIDATE CONSTRAINT}): plain SQL templates whose every name, column,
 * condition and constraint is still a jOOQ query part, rendered by jOOQ.
 */
final class OnlineSql {

    private OnlineSql() {}

    static Query createIndexConcurrently(Index index) {
        Condition where = index.getWhere();
        return DSL.query("create {0}index concurrently if not exists {1} on {2}({3}){4}",
                DSL.sql(index.getUnique() ? "unique " : ""), index.getUnqualifiedName(), index.getTable(),
                new Unqualified(DSL.list(index.getFields())),
                where == null ? DSL.sql("") : DSL.sql(" where {0}", new Unqualified(where)));
    }

    static Query dropIndexConcurrently(Index index) {
        return DSL.query("drop index concurrently if exists {0}", index.getUnqualifiedName());
    }

    static Query addNotValid(Table<?> table, Constraint constraint) {
        return DSL.query("alter table {0} add {1} not valid", table, constraint);
    }

    static Query validate(Table<?> table, Name constraint) {
        return DSL.query("alter table {0} validate constraint {1}", table, constraint);
    }

    /** Column names without their table: CREATE INDEX takes no qualified column, a partial index's predicate needs none. */
    private static final class Unqualified extends CustomQueryPart {
        private final QueryPart part;

        Unqualified(QueryPart part) {
            this.part = part;
        }

        @Override
        public void accept(Context<?> ctx) {
            ctx.qualify(false, c -> c.visit(part));
        }
    }
}
