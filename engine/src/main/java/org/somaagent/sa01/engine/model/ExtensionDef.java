package org.somaagent.sa01.engine.model;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * A PostgreSQL extension. Dropping the schema keeps it: other databases' objects and the
 * application may use it, and creating it needs a superuser that a downgrade should not need.
 */
public record ExtensionDef(String name) implements SchemaObject {

    public String kind() { return "extension"; }

    public List<Query> create(DSLContext dsl) {
        // Plain SQL: jOOQ's DDL DSL has no CREATE EXTENSION; the name still goes through DSL.name.
        return List.of(dsl.query("create extension if not exists {0}", DSL.name(name)));
    }

    public List<Query> drop(DSLContext dsl) {
        return List.of();
    }
}
