package org.somaagent.sa01.engine.model;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/** A {@code BEFORE UPDATE ... FOR EACH ROW} trigger calling a {@link FunctionDef}. */
public record TriggerDef(String name, String table, String function) implements SchemaObject {

    public String kind() { return "trigger"; }

    public List<Query> create(DSLContext dsl) {
        // Plain SQL: jOOQ's open-source DDL DSL has no CREATE TRIGGER.
        return List.of(dsl.query("create trigger {0} before update on {1} for each row execute function {2}()",
                DSL.name(name), DSL.name(table), DSL.name(function)));
    }

    public List<Query> drop(DSLContext dsl) {
        return List.of(dsl.query("drop trigger if exists {0} on {1}", DSL.name(name), DSL.name(table)));
    }
}
