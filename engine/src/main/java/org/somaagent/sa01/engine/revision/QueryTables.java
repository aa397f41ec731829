package org.somaagent.sa01.engine.revision;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.QOM;

/**
 * The tables a statement works on, read from jOOQ's query object model rather than from its text.
 * jOOQ's open-source edition models most statements but not {@code ALTER TABLE} (and no plain SQL):
 * for those the set is empty, and callers fall back to what the catalog says.
 */
public final class QueryTables {

    private QueryTables() {}

    public static Set<String> of(Query query) {
        Set<String> tables = new LinkedHashSet<>();
        switch (query) {
            case QOM.CreateTable q -> add(tables, q.$table());
            case QOM.DropTable q -> add(tables, q.$table());
            case QOM.CreateIndex q -> add(tables, q.$table());
            case QOM.DropIndex q -> add(tables, q.$on());
            case QOM.CommentOn q -> add(tables, q.$table());
            case QOM.Insert<?> q -> add(tables, q.$into());
            case QOM.Update<?> q -> {
                add(tables, q.$table());
                q.$from().forEach(t -> add(tables, t));
            }
            case QOM.Delete<?> q -> add(tables, q.$from());
            case QOM.Truncate<?> q -> q.$table().forEach(t -> add(tables, t));
            default -> { }
        }
        return tables;
    }

    private static void add(Set<String> tables, Table<?> table) {
        if (table != null) {
            tables.add(table.getName());
        }
    }
}
