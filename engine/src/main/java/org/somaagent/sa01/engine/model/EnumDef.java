package org.somaagent.sa01.engine.model;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;

/** A PostgreSQL enum with its labels in order. */
public record EnumDef(String name, List<String> labels) implements SchemaObject {

    public EnumDef {
        labels = List.copyOf(labels);
    }

    public static EnumDef of(String name, String... labels) {
        return new EnumDef(name, List.of(labels));
    }

    public String kind() { return "type"; }

    public List<Query> create(DSLContext dsl) {
        return List.of(dsl.createType(name).asEnum(labels.toArray(String[]::new)));
    }

    public List<Query> drop(DSLContext dsl) {
        return List.of(dsl.dropTypeIfExists(name));
    }
}
