package org.somaagent.sa01.engine.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A whole schema: its objects in creation order (so dropping goes in reverse). */
public record SchemaDef(List<SchemaObject> objects) {

    public SchemaDef {
        objects = List.copyOf(objects);
        Set<String> seen = new HashSet<>();
        for (SchemaObject o : objects) {
            if (!seen.add(o.describe())) {
                throw new IllegalArgumentException("declared twice: " + o.describe());
            }
        }
    }

    public static SchemaDef of(List<? extends SchemaObject> first, List<? extends SchemaObject>... rest) {
        return new SchemaDef(Stream.concat(first.stream(), Stream.of(rest).flatMap(List::stream))
                .<SchemaObject>map(o -> o).toList());
    }

    public <T extends SchemaObject> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<TableDef> tables() {
        return all(TableDef.class);
    }
}
