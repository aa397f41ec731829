package org.somaagent.sa01.engine.model;

import java.util.Optional;
import org.jooq.DataType;

/** One column of a {@link TableDef}. */
public record Column(String name, ColumnType type, boolean nullable, Optional<ColumnDefault> defaultValue) {

    /** The jOOQ type with nullability and default, as {@code CREATE TABLE} and {@code ADD COLUMN} render it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public DataType<?> ddlType() {
        DataType type = this.type.ddl().nullable(nullable);
        return defaultValue.map(d -> type.defaultValue(d.ddl())).orElse(type);
    }

    /** The default as PostgreSQL reports it; a serial column's is the nextval of its own sequence. */
    public Optional<String> catalogDefault(String table) {
        if (type.serial()) {
            return Optional.of("nextval('" + table + "_" + name + "_seq'::regclass)");
        }
        return defaultValue.map(ColumnDefault::catalogText);
    }
}
