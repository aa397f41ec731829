package org.somaagent.sa01.migrations.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.somaagent.sa01.schema.Sa01Schema;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/** Copies of the head model with one change: what a developer's edit to schema-model would be. */
public final class ModelEdits {

    private final List<SchemaObject> objects = new ArrayList<>(Sa01Schema.head().objects());

    public static ModelEdits ofHead() {
        return new ModelEdits();
    }

    public ModelEdits add(SchemaObject object) {
        objects.add(object);
        return this;
    }

    public ModelEdits remove(Predicate<SchemaObject> which) {
        objects.removeIf(which);
        return this;
    }

    public ModelEdits table(String name, UnaryOperator<TableDef> change) {
        objects.replaceAll(o -> o instanceof TableDef t && t.name().equals(name) ? change.apply(t) : o);
        return this;
    }

    public ModelEdits replace(Predicate<SchemaObject> which, UnaryOperator<SchemaObject> change) {
        objects.replaceAll(o -> which.test(o) ? change.apply(o) : o);
        return this;
    }

    public SchemaDef build() {
        return new SchemaDef(objects);
    }

    public static TableDef withColumns(TableDef t, UnaryOperator<List<Column>> change) {
        return new TableDef(t.name(), change.apply(new ArrayList<>(t.columns())), t.constraints(), t.comment());
    }

    public static TableDef withConstraints(TableDef t, UnaryOperator<List<Constraint>> change) {
        return new TableDef(t.name(), t.columns(), change.apply(new ArrayList<>(t.constraints())), t.comment());
    }

    public static List<Column> replaceColumn(List<Column> columns, String name, UnaryOperator<Column> change) {
        columns.replaceAll(c -> c.name().equals(name) ? change.apply(c) : c);
        return columns;
    }
}
