package org.somaagent.sa01.tooling.lint;

import java.util.Optional;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * What the schema model at head still declares, for the rules about dropping what the application
 * uses. A SQL file is linted without a model: everything it drops is then taken as still used.
 */
record ModelView(Optional<SchemaDef> model) {

    static ModelView none() {
        return new ModelView(Optional.empty());
    }

    boolean hasTable(String table) {
        return model.map(m -> m.tables().stream().anyMatch(t -> t.name().equals(table))).orElse(true);
    }

    boolean hasColumn(String table, String column) {
        return model.map(m -> m.tables().stream().filter(t -> t.name().equals(table)).findFirst()
                .flatMap(t -> t.column(column)).isPresent()).orElse(true);
    }

    boolean declaresEnum(String type) {
        return model.map(m -> m.all(EnumDef.class).stream().anyMatch(e -> e.name().equals(type))).orElse(true);
    }
}
