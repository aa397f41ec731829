package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Check;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Key;
import org.jooq.Nullability;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * What one ALTER TABLE did to one table, read by comparing the table in jOOQ's interpreted schema
 * before and after the statement (jOOQ OSS has no public model of ALTER TABLE itself).
 */
record TableChange(Table<?> before, Table<?> after) {

    String table() {
        return after.getName();
    }

    boolean renamed() {
        return !before.getName().equals(after.getName());
    }

    /** A column renamed keeps its place: one column gone and one new at the same position. */
    Optional<String[]> renamedColumn() {
        List<Field<?>> gone = dropped();
        List<Field<?>> added = addedRaw();
        if (gone.size() == 1 && added.size() == 1 && position(before, gone.get(0)) == position(after, added.get(0))) {
            return Optional.of(new String[] {gone.get(0).getName(), added.get(0).getName()});
        }
        return Optional.empty();
    }

    List<Field<?>> added() {
        return renamedColumn().isPresent() ? List.of() : addedRaw();
    }

    List<Field<?>> droppedColumns() {
        return renamedColumn().isPresent() ? List.of() : dropped();
    }

    /** Columns in both whose type changed (not counting nullability or default). */
    List<Field<?>> retyped() {
        return common().stream().filter(f -> !sameType(before.field(f.getName()).getDataType(), f.getDataType())).toList();
    }

    List<Field<?>> setNotNull() {
        return common().stream()
                .filter(f -> nullability(before, f) != Nullability.NOT_NULL && f.getDataType().nullability() == Nullability.NOT_NULL).toList();
    }

    /**
     * Columns that lost NOT NULL. A column stood in for an unknown one has no nullability
     * ({@link Nullability#DEFAULT}): an explicit DROP NOT NULL on it counts.
     */
    List<Field<?>> droppedNotNull() {
        return common().stream().filter(f -> f.getDataType().nullability() == Nullability.NULL && nullability(before, f) != Nullability.NULL
                && (nullability(before, f) == Nullability.NOT_NULL || standIn(before.field(f.getName())))).toList();
    }

    /** A column {@link SchemaState} declared for one it does not know: of type OTHER. */
    private static boolean standIn(Field<?> column) {
        return column.getDataType().getTypeName().equalsIgnoreCase(SQLDataType.OTHER.getTypeName());
    }

    private static Nullability nullability(Table<?> table, Field<?> field) {
        return table.field(field.getName()).getDataType().nullability();
    }

    List<Check<?>> addedChecks() {
        Set<String> had = before.getChecks().stream().map(Check::getName).collect(Collectors.toSet());
        return after.getChecks().stream().filter(c -> !had.contains(c.getName())).<Check<?>>map(c -> c).toList();
    }

    List<Key<?>> addedForeignKeys() {
        return addedKeys(before.getReferences(), after.getReferences());
    }

    /** Unique and primary keys added. */
    List<Key<?>> addedUniqueKeys() {
        return addedKeys(before.getKeys(), after.getKeys());
    }

    private static List<Key<?>> addedKeys(List<? extends Key<?>> had, List<? extends Key<?>> has) {
        Set<String> before = had.stream().map(TableChange::keyName).collect(Collectors.toSet());
        return has.stream().filter(k -> !before.contains(keyName(k))).<Key<?>>map(k -> k).toList();
    }

    /** A primary key may have no name: it is then known by its columns. */
    private static String keyName(Key<?> key) {
        return key.getName().isEmpty() ? "(" + key.getFields().stream().map(Field::getName).collect(Collectors.joining(",")) + ")" : key.getName();
    }

    /** varchar(n) to varchar(m >= n) or to text rewrites nothing; every other change of type does. */
    static boolean widening(DataType<?> from, DataType<?> to) {
        boolean fromVarchar = from.getTypeName().equalsIgnoreCase("varchar");
        if (!fromVarchar) {
            return false;
        }
        if (to.getTypeName().equalsIgnoreCase("clob") || to.getTypeName().equalsIgnoreCase("text")) {
            return true;
        }
        return to.getTypeName().equalsIgnoreCase("varchar") && (!to.lengthDefined() || from.lengthDefined() && to.length() >= from.length());
    }

    private static boolean sameType(DataType<?> a, DataType<?> b) {
        return a.getTypeName().equalsIgnoreCase(b.getTypeName()) && a.length() == b.length() && a.precision() == b.precision()
                && a.scale() == b.scale() && Objects.equals(a.getArrayComponentDataType() == null, b.getArrayComponentDataType() == null);
    }

    private List<Field<?>> addedRaw() {
        return Arrays.stream(after.fields()).filter(f -> before.field(f.getName()) == null).<Field<?>>map(f -> f).toList();
    }

    private List<Field<?>> dropped() {
        return Arrays.stream(before.fields()).filter(f -> after.field(f.getName()) == null).<Field<?>>map(f -> f).toList();
    }

    private List<Field<?>> common() {
        List<Field<?>> both = new ArrayList<>();
        for (Field<?> f : after.fields()) {
            if (before.field(f.getName()) != null) {
                both.add(f);
            }
        }
        return both;
    }

    private static int position(Table<?> table, Field<?> field) {
        return Arrays.asList(table.fields()).indexOf(table.field(field.getName()));
    }
}
