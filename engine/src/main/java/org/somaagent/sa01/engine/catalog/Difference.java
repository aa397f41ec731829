package org.somaagent.sa01.engine.catalog;

import org.somaagent.sa01.engine.adopt.Adoption;

import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.catalog.Catalog.ColumnInfo;
import org.somaagent.sa01.engine.catalog.Catalog.ConstraintInfo;
import org.somaagent.sa01.engine.catalog.Catalog.IndexInfo;
import org.somaagent.sa01.engine.catalog.Catalog.TableInfo;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.FunctionDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/**
 * One way a live schema differs from the declared one. Adoption creates the additive ones and
 * reports the rest, {@code check} reports them all, autogenerate renders them as a revision.
 */
public sealed interface Difference {

    String describe();

    /** A whole declared object is absent. */
    record MissingObject(SchemaObject object) implements Difference {
        public String describe() { return object.describe() + " is missing"; }
    }

    record MissingColumn(TableDef table, Column column) implements Difference {
        public String describe() { return "column " + table.name() + "." + column.name() + " is missing"; }
    }

    record ExtraColumn(String table, ColumnInfo live) implements Difference {
        public String describe() {
            return "table " + table + " has column " + live.name() + " (" + live.type() + ") that the model does not";
        }
    }

    record ColumnTypeDiffers(String table, Column model, ColumnInfo live) implements Difference {
        public String describe() {
            return "column " + table + "." + model.name() + " is " + live.type() + ", the model says " + model.type().catalogName();
        }
    }

    record NullabilityDiffers(String table, Column model, ColumnInfo live) implements Difference {
        public String describe() {
            return "column " + table + "." + model.name() + " is " + (live.notNull() ? "not null" : "nullable")
                    + ", the model says " + (model.nullable() ? "nullable" : "not null");
        }
    }

    record DefaultDiffers(String table, Column model, ColumnInfo live, Optional<String> expected) implements Difference {
        public String describe() {
            return "column " + table + "." + model.name() + " has default " + live.defaultExpression().orElse("(none)")
                    + ", the model says " + expected.orElse("(none)");
        }
    }

    record MissingConstraint(TableDef table, Constraint constraint) implements Difference {
        public String describe() { return "constraint " + constraint.name() + " on " + table.name() + " is missing"; }
    }

    record ExtraConstraint(String table, ConstraintInfo live) implements Difference {
        public String describe() {
            return "table " + table + " has constraint " + live.name() + " (" + live.definition() + ") that the model does not";
        }
    }

    record MissingComment(TableDef table) implements Difference {
        public String describe() { return "comment on table " + table.name() + " is missing"; }
    }

    /** The table has a comment the model does not give it (an upstream schema commented more tables). */
    record ExtraComment(TableDef table, String live) implements Difference {
        public String describe() { return "table " + table.name() + " has a comment the model does not: '" + live + "'"; }
    }

    record CommentDiffers(TableDef table, String live) implements Difference {
        public String describe() { return "table " + table.name() + " has another comment than the model"; }
    }

    record EnumLabelsDiffer(EnumDef type, List<String> live) implements Difference {
        public String describe() { return "type " + type.name() + " has labels " + live + ", the model " + type.labels(); }

        /** Labels the model has and the database lacks, appended at the end: the one change PostgreSQL makes without loss. */
        public List<String> appendable() {
            boolean prefix = type.labels().size() > live.size() && type.labels().subList(0, live.size()).equals(live);
            return prefix ? type.labels().subList(live.size(), type.labels().size()) : List.of();
        }
    }

    record FunctionBodyDiffers(FunctionDef function) implements Difference {
        public String describe() { return "function " + function.name() + "() has another body than the model"; }
    }

    record ExtraTable(TableInfo live, List<IndexInfo> indexes) implements Difference {
        public String describe() { return "table " + live.name() + " is not in the model"; }
    }

    /**
     * A declared constraint or index exists under another name with the same definition (another
     * tool named it): renaming it is all that differs, so it is neither missing nor extra.
     */
    record NamedDifferently(String kind, String table, String modelName, String liveName) implements Difference {
        public String describe() {
            return kind + " " + modelName + " on " + table + " is named " + liveName + " in the database (same definition)";
        }
    }

    record ExtraIndex(IndexInfo live) implements Difference {
        public String describe() { return "index " + live.name() + " on " + live.table() + " is not in the model"; }
    }
}
