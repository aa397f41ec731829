package org.somaagent.sa01.engine.online;

import java.sql.SQLException;
import java.util.List;
import org.jooq.Index;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.revision.SqlRenderer;
import org.somaagent.sa01.engine.revision.StatementExecutor;

/**
 * {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}, or its drop, in autocommit. A concurrent build
 * that failed (a lock timeout, a duplicate key, a killed runner) leaves the index behind marked
 * invalid ({@code pg_index.indisvalid = false}), which {@code IF NOT EXISTS} would then take for
 * done: the create first drops such an index concurrently, so the retry builds it again.
 */
record ConcurrentIndex(Index index, boolean create) implements OnlineStep {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentIndex.class);

    @Override
    public List<Query> queries() {
        return List.of(create ? OnlineSql.createIndexConcurrently(index) : OnlineSql.dropIndexConcurrently(index));
    }

    @Override
    public boolean autocommit() {
        return true;
    }

    @Override
    public OnlineStep undo() {
        return new ConcurrentIndex(index, !create);
    }

    @Override
    public void run(StatementExecutor executor) throws SQLException {
        if (create && invalid(executor)) {
            LOG.warn("index {} was left invalid by a failed concurrent build: dropping it concurrently to build it again", index.getName());
            executor.execute(OnlineSql.dropIndexConcurrently(index));
        }
        OnlineStep.super.run(executor);
    }

    /** Whether an index of this name exists, on the search path, and is invalid. */
    private boolean invalid(StatementExecutor executor) throws SQLException {
        return executor.fetch(DSL.resultQuery("select not indisvalid from pg_catalog.pg_index where indexrelid = to_regclass({0})",
                        DSL.val(SqlRenderer.render(index.getUnqualifiedName())))
                .coerce(DSL.field("invalid", SQLDataType.BOOLEAN)))
                .stream().anyMatch(r -> r.value1());
    }
}
