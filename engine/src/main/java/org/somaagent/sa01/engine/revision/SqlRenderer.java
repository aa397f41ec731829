package org.somaagent.sa01.engine.revision;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * The one place SQL is rendered. Settings are pinned because checksums hash the rendered text: a
 * change here changes every checksum. Values are inlined (PostgreSQL takes no bind values in DDL,
 * e.g. in a column default), so what {@code --sql} prints is exactly what runs.
 */
public final class SqlRenderer {

    public static final Settings SETTINGS = new Settings()
            .withStatementType(StatementType.STATIC_STATEMENT)
            .withRenderFormatted(false)
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
            .withRenderKeywordCase(RenderKeywordCase.LOWER)
            .withExecuteLogging(false);

    private static final DSLContext OFFLINE = DSL.using(SQLDialect.POSTGRES, SETTINGS);

    private SqlRenderer() {}

    /** A context that renders but cannot execute: revisions build their queries with it. */
    public static DSLContext offline() {
        return OFFLINE;
    }

    public static String render(QueryPart part) {
        return OFFLINE.render(part);
    }

    public static String script(List<? extends Query> queries) {
        StringBuilder s = new StringBuilder();
        queries.forEach(q -> s.append(render(q)).append(";\n"));
        return s.toString();
    }
}
