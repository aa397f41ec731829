package org.somaagent.sa01.engine.model;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.impl.DSL;

/**
 * An index. B-tree indexes (also partial and DESC ones) render through jOOQ's {@code createIndex};
 * GIN and ivfflat need {@code USING}, operator classes and {@code WITH (...)}, which jOOQ's DDL DSL
 * does not have, so those render as a plain SQL template whose identifiers still go through jOOQ.
 */
public record IndexDef(String name, String table, List<? extends OrderField<?>> keys, Method method,
                       Optional<Condition> where, Optional<String> storageParameters) implements SchemaObject {

    public enum Method { BTREE, GIN, IVFFLAT }

    public static IndexDef btree(String name, String table, OrderField<?>... keys) {
        return new IndexDef(name, table, List.of(keys), Method.BTREE, Optional.empty(), Optional.empty());
    }

    public static IndexDef partial(String name, String table, Condition where, OrderField<?>... keys) {
        return new IndexDef(name, table, List.of(keys), Method.BTREE, Optional.of(where), Optional.empty());
    }

    public static IndexDef gin(String name, String table, String column) {
        return new IndexDef(name, table, List.of(DSL.field(DSL.name(column))), Method.GIN, Optional.empty(), Optional.empty());
    }

    /** ivfflat over one vector column with an operator class, e.g. {@code vector_cosine_ops}, and {@code lists}. */
    public static IndexDef ivfflat(String name, String table, String column, String operatorClass, int lists) {
        OrderField<?> key = DSL.field("{0} {1}", Object.class, DSL.name(column), DSL.keyword(operatorClass));
        return new IndexDef(name, table, List.of(key), Method.IVFFLAT, Optional.empty(), Optional.of("lists = " + lists));
    }

    public String kind() { return "index"; }

    public List<Query> create(DSLContext dsl) {
        if (method == Method.BTREE) {
            var on = dsl.createIndex(name).on(DSL.table(DSL.name(table)), keys);
            return List.of(where.<Query>map(on::where).orElse(on));
        }
        QueryPart with = storageParameters.<QueryPart>map(p -> DSL.sql("with (" + p + ")")).orElse(DSL.sql(""));
        return List.of(dsl.query("create index {0} on {1} using {2} ({3}) {4}",
                DSL.name(name), DSL.name(table), DSL.keyword(method.name().toLowerCase()), DSL.list(keys.stream().<QueryPart>map(k -> k).toList()), with));
    }

    public List<Query> drop(DSLContext dsl) {
        return List.of(dsl.dropIndexIfExists(name));
    }
}
