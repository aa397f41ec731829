package org.somaagent.sa01.engine.runner;

import java.util.Optional;
import java.util.Set;
import org.jooq.Query;
import org.somaagent.sa01.engine.revision.QueryTables;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * After a lock timeout: which other backends hold locks on the tables the failed statement
 * touches, so the message can name the table and the blocking pid (the revision's own transaction
 * is rolled back by then, so pg_blocking_pids() no longer applies).
 */
final class LockDiagnosis {

    private LockDiagnosis() {}

    /**
     * The tables come from the failed query's object model where jOOQ models it; otherwise (ALTER
     * TABLE, plain SQL) every table of the schema that another backend holds a lock on is named.
     */
    static String describe(DSLContext dsl, String schema, Optional<Query> failed) {
        Set<String> touched = failed.map(QueryTables::of).orElse(Set.of());
        List<Record3<String, Integer, String>> holders = dsl.resultQuery("""
                select c.relname, l.pid, l.mode from pg_locks l
                join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
                where l.locktype = 'relation' and l.granted and l.pid <> pg_backend_pid() and n.nspname = {0}
                order by c.relname, l.pid""", DSL.val(schema))
                .coerce(DSL.field("relname", SQLDataType.CLOB), DSL.field("pid", SQLDataType.INTEGER), DSL.field("mode", SQLDataType.CLOB))
                .fetch()
                .stream().filter(r -> touched.isEmpty() || touched.contains(r.value1())).toList();
        if (holders.isEmpty()) {
            return "another session held a lock this revision needs; look for it in pg_locks and pg_stat_activity";
        }
        StringBuilder s = new StringBuilder();
        for (Record3<String, Integer, String> h : holders) {
            s.append(s.isEmpty() ? "" : "; ").append("table ").append(h.value1()).append(" is locked by backend pid ")
                    .append(h.value2()).append(" (").append(h.value3()).append(")");
        }
        return s + ": end that transaction (or wait for it), then rerun";
    }
}
