package org.somaagent.sa01.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Rows a table must hold. Each goes in only where no row with its key (or any other unique value)
 * exists, so a deployment's own edits to a seeded row are never overwritten.
 */
public record SeedRows(String table, List<String> key, List<Map<String, Field<?>>> rows) implements SchemaObject {

    public SeedRows {
        key = List.copyOf(key);
        rows = List.copyOf(rows);
    }

    public static Builder into(String table, String... key) {
        return new Builder(table, List.of(key));
    }

    public String kind() { return "seed rows"; }

    public String name() { return table; }

    public List<Query> create(DSLContext dsl) {
        return rows.stream().<Query>map(row -> dsl.insertInto(DSL.table(DSL.name(table)))
                .columns(row.keySet().stream().map(c -> DSL.field(DSL.name(c))).toList())
                .values(row.values())
                .onConflictDoNothing()).toList();
    }

    /** Seed rows leave with their table; deleting them separately could take a deployment's edits. */
    public List<Query> drop(DSLContext dsl) {
        return List.of();
    }

    public static final class Builder {
        private final String table;
        private final List<String> key;
        private final List<Map<String, Field<?>>> rows = new ArrayList<>();

        Builder(String table, List<String> key) {
            this.table = table;
            this.key = key;
        }

        /** Alternating column names and values: {@code row("name", inline("echo"), ...)}. */
        public Builder row(Object... columnsAndValues) {
            Map<String, Field<?>> row = new LinkedHashMap<>();
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                Object value = columnsAndValues[i + 1];
                row.put((String) columnsAndValues[i], value instanceof Field<?> f ? f : DSL.inline(value));
            }
            rows.add(row);
            return this;
        }

        public SeedRows build() {
            return new SeedRows(table, key, rows);
        }
    }
}
