package org.somaagent.sa01.migrations.testing.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.model.ColumnDefault;
import org.somaagent.sa01.engine.model.ColumnType;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableBuilder;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.schema.Sa01Schema;

/**
 * somaAgent01's schema at head grown to N tables: the real tables followed by generated ones whose
 * columns, indexes, foreign keys and enum types come in the real schema's proportions (counted from
 * {@link Sa01Schema#head()}, so they follow the model as it grows), for measuring how check,
 * adoption, autogenerate and snapshots scale with the size of a schema.
 */
public final class ScaleSchema {

    /** Column types the generated tables cycle through, with a default where the real schema usually has one. */
    private static final List<Filler> FILLERS = List.of(
            new Filler(ColumnType.TEXT, false, null),
            new Filler(ColumnType.TIMESTAMPTZ, false, ColumnDefault.now()),
            new Filler(ColumnType.JSONB, false, ColumnDefault.jsonb("{}")),
            new Filler(ColumnType.INTEGER, true, null),
            new Filler(ColumnType.BOOLEAN, false, ColumnDefault.bool(false)),
            new Filler(ColumnType.varchar(255), true, null),
            new Filler(ColumnType.BIGINT, true, ColumnDefault.integer(0)),
            new Filler(ColumnType.TEXT_ARRAY, true, null),
            new Filler(ColumnType.REAL, true, null));

    private record Filler(ColumnType type, boolean nullable, ColumnDefault defaultValue) {}

    /** How much of each kind the real schema has: what the generated tables are scaled from. */
    public record Proportions(int tables, int columns, int indexes, int foreignKeys, int enums) {

        static Proportions of(SchemaDef schema) {
            List<TableDef> tables = schema.tables();
            return new Proportions(tables.size(), tables.stream().mapToInt(t -> t.columns().size()).sum(),
                    schema.all(IndexDef.class).size(),
                    (int) tables.stream().flatMap(t -> t.constraints().stream()).filter(c -> c instanceof Constraint.ForeignKey).count(),
                    schema.all(EnumDef.class).size());
        }

        /** How many of {@code total} (per real table) generated table {@code n} (1-based) gets: spread evenly, no drift. */
        int share(int total, int n) {
            return (int) ((long) total * n / tables - (long) total * (n - 1) / tables);
        }
    }

    private static final Map<Integer, SchemaDef> BUILT = new ConcurrentHashMap<>();

    private ScaleSchema() {}

    public static Proportions realProportions() {
        return Proportions.of(Sa01Schema.head());
    }

    /**
     * The real schema at head followed by enough generated tables to make {@code tables} in all; built
     * once per size, as a revision set keeps its model in constants (the CLI loads the set more than once).
     */
    public static SchemaDef of(int tables) {
        return BUILT.computeIfAbsent(tables, ScaleSchema::build);
    }

    private static SchemaDef build(int tables) {
        SchemaDef real = Sa01Schema.head();
        Proportions proportions = Proportions.of(real);
        if (tables < proportions.tables()) {
            throw new IllegalArgumentException("a scale schema has at least the real " + proportions.tables() + " tables");
        }
        List<SchemaObject> objects = new ArrayList<>(real.objects());
        for (int n = 1; n <= tables - proportions.tables(); n++) {
            objects.addAll(generated(proportions, n));
        }
        return new SchemaDef(objects);
    }

    /** Generated table {@code n}: its enum types, the table (uuid key, foreign keys to the tables before it, enum and filler columns), its indexes. */
    private static List<SchemaObject> generated(Proportions p, int n) {
        String table = tableName(n);
        List<SchemaObject> objects = new ArrayList<>();
        TableBuilder builder = TableDef.named(table).notNull("id", ColumnType.UUID, ColumnDefault.genRandomUuid());
        List<String> indexable = new ArrayList<>();
        int foreignKeys = p.share(p.foreignKeys(), n);
        for (int k = 1; k <= foreignKeys; k++) {
            String column = "ref_" + k;
            // A table before it, or itself for the first: a foreign key never points forward.
            builder.nullable(column, ColumnType.UUID)
                    .foreignKey(table + "_" + column + "_fkey", column, tableName(Math.max(1, n - k)), "id", Constraint.OnDelete.CASCADE);
            indexable.add(column);
        }
        int enums = p.share(p.enums(), n);
        for (int k = 1; k <= enums; k++) {
            EnumDef type = EnumDef.of(table + "_state_" + k, "new", "active", "done");
            objects.add(type);
            builder.notNull("state_" + k, ColumnType.enumType(type), ColumnDefault.enumLabel(type, "new"));
            indexable.add("state_" + k);
        }
        int fillers = Math.max(0, p.share(p.columns(), n) - 1 - foreignKeys - enums);
        for (int k = 0; k < fillers; k++) {
            Filler filler = FILLERS.get(k % FILLERS.size());
            String column = "c" + (k + 1);
            if (filler.nullable()) {
                builder.nullable(column, filler.type(), filler.defaultValue());
            } else {
                builder.notNull(column, filler.type(), filler.defaultValue());
            }
            indexable.add(column);
        }
        objects.add(builder.primaryKey(table + "_pkey", "id").build());
        int indexes = p.share(p.indexes(), n);
        for (int k = 0; k < indexes; k++) {
            String column = indexable.isEmpty() ? "id" : indexable.get(k % indexable.size());
            objects.add(IndexDef.btree("idx_" + table + "_" + k, table, DSL.field(DSL.name(column))));
        }
        return objects;
    }

    private static String tableName(int n) {
        String digits = Integer.toString(n);
        return "scale_t" + "0".repeat(Math.max(0, 5 - digits.length())) + digits;
    }
}
