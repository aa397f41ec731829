package org.somaagent.sa01.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Query;

/** A table: columns in order, constraints, and its comment. Build one with {@link #named}. */
public record TableDef(String name, List<Column> columns, List<Constraint> constraints, Optional<String> comment)
        implements SchemaObject {

    public TableDef {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
    }

    public static TableBuilder named(String name) {
        return new TableBuilder(name);
    }

    public String kind() { return "table"; }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public List<Query> create(DSLContext dsl) {
        CreateTableElementListStep create = dsl.createTable(name);
        for (Column column : columns) {
            create = create.column(column.name(), column.ddlType());
        }
        List<Query> queries = new ArrayList<>();
        queries.add(create.constraints(constraints.stream().map(Constraint::ddl).toList()));
        comment.ifPresent(text -> queries.add(commentQuery(dsl, text)));
        return queries;
    }

    public Query commentQuery(DSLContext dsl, String text) {
        return dsl.commentOnTable(name).is(text);
    }

    public List<Query> drop(DSLContext dsl) {
        return List.of(dsl.dropTableIfExists(name));
    }
}
