package org.somaagent.sa01.engine.model;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/** A trigger function in PL/pgSQL ({@code RETURNS trigger}, no arguments). */
public record FunctionDef(String name, String body) implements SchemaObject {

    public String kind() { return "function"; }

    public List<Query> create(DSLContext dsl) {
        // Plain SQL: jOOQ's open-source DDL DSL has no CREATE FUNCTION for PL/pgSQL.
        return List.of(dsl.query("create or replace function {0}() returns trigger language plpgsql as {1}",
                DSL.name(name), DSL.inline(body)));
    }

    public List<Query> drop(DSLContext dsl) {
        return List.of(dsl.query("drop function if exists {0}()", DSL.name(name)));
    }
}
