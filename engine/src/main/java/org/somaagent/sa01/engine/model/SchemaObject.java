package org.somaagent.sa01.engine.model;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * One object of the declared schema. It knows the statements that create and drop it; whether it
 * already exists in a database is the migrations module's business (this module has no JDBC).
 */
public sealed interface SchemaObject
        permits ExtensionDef, EnumDef, TableDef, IndexDef, FunctionDef, TriggerDef, SeedRows {

    /** What it is, for messages: "table", "index", ... */
    String kind();

    String name();

    List<Query> create(DSLContext dsl);

    List<Query> drop(DSLContext dsl);

    default String describe() {
        return kind() + " " + name();
    }
}
