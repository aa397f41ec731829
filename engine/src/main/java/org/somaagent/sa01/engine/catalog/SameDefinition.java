package org.somaagent.sa01.engine.catalog;

import java.util.regex.Pattern;
import org.somaagent.sa01.engine.catalog.Catalog.ConstraintInfo;
import org.somaagent.sa01.engine.catalog.Catalog.IndexInfo;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * Whether a declared constraint or index and a live one are the same but for their names: the
 * model's jOOQ rendering and PostgreSQL's deparsed definition, both without the name and compared
 * without case, quotes, white space, the table's schema and the default method {@code btree}.
 * Only a sure match counts (a CHECK, which PostgreSQL prints with casts, never matches): then the
 * object is renamed rather than created a second time.
 */
final class SameDefinition {

    private static final Pattern CONSTRAINT_NAME = Pattern.compile("^constraint\\s+(\"[^\"]*\"|\\S+)\\s+");
    private static final Pattern INDEX_NAME = Pattern.compile("^(?i)create\\s+(unique\\s+)?index\\s+(\"[^\"]*\"|\\S+)\\s+on\\s+(only\\s+)?((\"[^\"]*\"|[^\\s.]+)\\.)?");

    private SameDefinition() {}

    static boolean constraint(Constraint model, ConstraintInfo live) {
        String rendered = CONSTRAINT_NAME.matcher(SqlRenderer.render(model.ddl())).replaceFirst("");
        return model.catalogType() == live.type() && normalized(rendered).equals(normalized(live.definition()));
    }

    static boolean index(IndexDef model, IndexInfo live) {
        String rendered = SqlRenderer.render(model.create(SqlRenderer.offline()).get(0));
        return model.table().equals(live.table()) && normalized(withoutName(rendered)).equals(normalized(withoutName(live.definition())));
    }

    private static String withoutName(String createIndex) {
        return INDEX_NAME.matcher(createIndex).replaceFirst(m -> m.group(1) == null ? "index on " : "unique index on ");
    }

    /** PostgreSQL quotes storage parameters ({@code lists='100'}) and qualifies the table; jOOQ quotes identifiers. */
    private static String normalized(String sql) {
        return sql.toLowerCase().replaceAll("'(\\d+)'", "$1").replaceAll("[\"\\s]", "")
                .replace("usingbtree", "");
    }
}
