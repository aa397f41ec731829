package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Name;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.VisitListener;
import org.jooq.exception.DataDefinitionException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.SQLDataType;

/**
 * The schema as the statements linted so far leave it, kept by jOOQ's DDL interpreter
 * ({@link Meta#apply}). An ALTER TABLE is seen by applying it and comparing the tables before and
 * after. A table the interpreter does not know (a SQL file altering what it did not create) is
 * declared first from what the statement names, with columns of unknown type.
 */
final class SchemaState {

    private static final DSLContext DSL_POSTGRES = DSL.using(SQLDialect.POSTGRES);

    private Meta meta = DSL_POSTGRES.meta(new Query[0]);
    private final Set<String> notValidated = new HashSet<>();

    /** Applies a statement that creates or drops something; one the interpreter refuses leaves the schema as it was. */
    void track(Query query) {
        try {
            meta = meta.apply(query);
        } catch (DataDefinitionException | UnsupportedOperationException e) {
            // not a change this state follows (an index on an unknown table, a type's new label, ...)
        }
    }

    /** The tables an ALTER TABLE changed, or empty when the interpreter cannot apply it even with stand-ins. */
    Optional<List<TableChange>> alter(Query alter) {
        Optional<Referenced> named = referenced(alter);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Referenced referenced = named.get();
        for (boolean others : new boolean[] {true, false}) { // without: RENAME TO names a table that must not exist
            for (int known = referenced.altered().size(); known >= 0; known--) {
                try {
                    Meta before = withStandIns(referenced, known, others);
                    Meta after = before.apply(alter);
                    meta = after;
                    return Optional.of(changes(before, after));
                } catch (DataDefinitionException | UnsupportedOperationException e) {
                    // try again with one stand-in column fewer: the statement may be adding it
                }
            }
        }
        return Optional.empty();
    }

    boolean hasTable(Name name) {
        return table(meta, name).isPresent();
    }

    void notValid(String table, String constraint) {
        notValidated.add(key(table, constraint));
    }

    void validated(Name table, Name constraint) {
        notValidated.remove(key(table.last(), constraint.last()));
    }

    /** A constraint added NOT VALID and not validated since. */
    boolean isNotValidated(String table, String constraint) {
        return notValidated.contains(key(table, constraint));
    }

    private static String key(String table, String constraint) {
        return (table + "." + constraint).toLowerCase(Locale.ROOT);
    }

    private static List<TableChange> changes(Meta before, Meta after) {
        Map<String, Table<?>> old = byName(before);
        Map<String, Table<?>> now = byName(after);
        List<TableChange> changes = new ArrayList<>();
        List<Table<?>> gone = old.values().stream().filter(t -> !now.containsKey(t.getName())).toList();
        for (Table<?> table : now.values()) {
            Table<?> was = old.get(table.getName());
            if (was == null && gone.size() == 1) {
                changes.add(new TableChange(gone.get(0), table)); // ALTER TABLE ... RENAME TO
            } else if (was != null) { // jOOQ's Table.equals compares names only: the rules see what changed
                changes.add(new TableChange(was, table));
            }
        }
        return changes;
    }

    private static Map<String, Table<?>> byName(Meta meta) {
        return meta.getTables().stream().collect(Collectors.toMap(Table::getName, Function.identity(), (a, b) -> a));
    }

    private static Optional<Table<?>> table(Meta meta, Name name) {
        return meta.getTables().stream().filter(t -> t.getName().equalsIgnoreCase(name.last())).<Table<?>>map(t -> t).findFirst();
    }

    /**
     * The schema with the statement's unknown tables declared: the altered one with the first
     * {@code known} columns it names (of unknown type and nullability), and, when {@code others},
     * each table it references with the columns it names as primary key (a foreign key needs one).
     */
    private Meta withStandIns(Referenced referenced, int known, boolean others) {
        Meta standIns = meta;
        List<Name> columns = referenced.altered().subList(0, known);
        if (table(standIns, referenced.table()).isEmpty()) {
            standIns = standIns.apply(DSL_POSTGRES.createTable(referenced.table()).columns(standInColumns(columns)));
        } else {
            Table<?> table = table(standIns, referenced.table()).orElseThrow();
            for (Name column : columns) {
                if (table.field(column.last()) == null) {
                    standIns = standIns.apply(DSL_POSTGRES.alterTable(referenced.table()).add(DSL.field(column, SQLDataType.OTHER)));
                }
            }
        }
        for (Map.Entry<Name, List<Name>> other : others ? referenced.others().entrySet() : Map.<Name, List<Name>>of().entrySet()) {
            if (table(standIns, other.getKey()).isEmpty()) {
                Field<?>[] keys = standInColumns(other.getValue()).toArray(Field<?>[]::new);
                standIns = standIns.apply(DSL_POSTGRES.createTable(other.getKey()).columns(keys).primaryKey(keys));
            }
        }
        return standIns;
    }

    private static List<Field<?>> standInColumns(List<Name> names) {
        return names.stream().<Field<?>>map(n -> DSL.field(n, SQLDataType.OTHER)).toList();
    }

    /** The altered table and the columns named after it; the other tables and the columns named after each. */
    private record Referenced(Name table, List<Name> altered, Map<Name, List<Name>> others) {}

    /** What a statement names, in the order its SQL names it, each column counted to the table named last before it. */
    private static Optional<Referenced> referenced(Query query) {
        Map<Name, Set<Name>> columns = new LinkedHashMap<>();
        VisitListener collect = VisitListener.onVisitStart(context -> {
            QueryPart part = context.queryPart();
            if (part instanceof Table<?> table) {
                columns.putIfAbsent(DSL.name(table.getName()), new LinkedHashSet<>());
            } else if (part instanceof Field<?> field && !(part instanceof Param<?>) && !field.getName().isEmpty() && !columns.isEmpty()) {
                columns.get(columns.keySet().stream().reduce((a, b) -> b).orElseThrow()).add(DSL.name(field.getName()));
            }
        });
        DSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES).set(collect)).render(query);
        List<Name> tables = List.copyOf(columns.keySet());
        if (tables.isEmpty()) {
            return Optional.empty();
        }
        Map<Name, List<Name>> others = new LinkedHashMap<>();
        tables.stream().skip(1).forEach(t -> others.put(t, List.copyOf(columns.get(t))));
        return Optional.of(new Referenced(tables.get(0), List.copyOf(columns.get(tables.get(0))), others));
    }
}
