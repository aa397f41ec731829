package org.somaagent.sa01.engine.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * What one schema of a live database holds, read from pg_catalog. The queries are plain SQL
 * templates because they lean on PostgreSQL's own deparsers (format_type, pg_get_expr,
 * pg_get_constraintdef, pg_get_indexdef, pg_get_triggerdef): comparing their output is how
 * "the same schema" is decided. The schema name is always a bind value.
 */
public record Catalog(Set<String> extensions, Map<String, List<String>> enums, Map<String, TableInfo> tables,
                      Map<String, IndexInfo> indexes, Map<String, String> functions, Set<String> triggers) {

    public record ColumnInfo(String name, String type, boolean notNull, Optional<String> defaultExpression) {}

    public record ConstraintInfo(String name, char type, String definition) {}

    public record TableInfo(String name, Map<String, ColumnInfo> columns, Map<String, ConstraintInfo> constraints,
                            Optional<String> comment) {}

    public record IndexInfo(String name, String table, String definition) {}

    public static Catalog read(DSLContext dsl, String schema) {
        Map<String, TableInfo> tables = new LinkedHashMap<>();
        for (Record r : rows(dsl, """
                select c.relname, obj_description(c.oid, 'pg_class') from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = {0} and c.relkind in ('r', 'p') order by c.relname""", schema, String.class, String.class)) {
            tables.put(r.get(0, String.class), new TableInfo(r.get(0, String.class), new LinkedHashMap<>(),
                    new LinkedHashMap<>(), Optional.ofNullable(r.get(1, String.class))));
        }
        for (Record r : rows(dsl, """
                select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
                where n.nspname = {0} and c.relkind in ('r', 'p') order by c.relname, a.attnum""", schema, String.class, String.class, String.class, Boolean.class, String.class)) {
            tables.get(r.get(0, String.class)).columns().put(r.get(1, String.class), new ColumnInfo(r.get(1, String.class),
                    r.get(2, String.class), r.get(3, Boolean.class), Optional.ofNullable(r.get(4, String.class))));
        }
        for (Record r : rows(dsl, """
                select c.relname, con.conname, con.contype::text, pg_get_constraintdef(con.oid)
                from pg_constraint con join pg_class c on c.oid = con.conrelid
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = {0}""", schema, String.class, String.class, String.class, String.class)) {
            TableInfo table = tables.get(r.get(0, String.class));
            if (table != null) {
                table.constraints().put(r.get(1, String.class),
                        new ConstraintInfo(r.get(1, String.class), r.get(2, String.class).charAt(0), r.get(3, String.class)));
            }
        }
        Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        for (Record r : rows(dsl, """
                select i.relname, t.relname, pg_get_indexdef(i.oid) from pg_index x
                join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = i.relnamespace where n.nspname = {0} order by i.relname""", schema, String.class, String.class, String.class)) {
            indexes.put(r.get(0, String.class), new IndexInfo(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class)));
        }
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (Record r : rows(dsl, """
                select t.typname, e.enumlabel from pg_type t join pg_namespace n on n.oid = t.typnamespace
                join pg_enum e on e.enumtypid = t.oid where n.nspname = {0} order by t.typname, e.enumsortorder""", schema, String.class, String.class)) {
            enums.computeIfAbsent(r.get(0, String.class), k -> new ArrayList<>()).add(r.get(1, String.class));
        }
        Map<String, String> functions = new LinkedHashMap<>();
        // Functions an extension brought (pgvector's, in the same schema) are not ours to compare.
        for (Record r : rows(dsl, """
                select p.proname, p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = {0} and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
                order by p.proname""", schema, String.class, String.class)) {
            functions.put(r.get(0, String.class), r.get(1, String.class));
        }
        Set<String> triggers = new TreeSet<>(rows(dsl, """
                select c.relname || '.' || tg.tgname from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = {0} and not tg.tgisinternal""", schema, String.class)
                .fetch(0, String.class));
        Set<String> extensions = new TreeSet<>(dsl.resultQuery("select extname from pg_extension").coerce(column(0, String.class)).fetch(0, String.class));
        return new Catalog(extensions, enums, tables, indexes, functions, triggers);
    }

    /**
     * A catalog query with its column types given: jOOQ then need not read the result set's metadata,
     * for which pgjdbc runs a catalog query of its own (one round trip more per query).
     */
    private static ResultQuery<Record> rows(DSLContext dsl, String sql, String schema, Class<?>... types) {
        Field<?>[] fields = new Field<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            fields[i] = column(i, types[i]);
        }
        return dsl.resultQuery(sql, DSL.val(schema)).coerce(fields);
    }

    private static <T> Field<T> column(int index, Class<T> type) {
        return DSL.field(DSL.name("c" + index), type);
    }

    public Optional<TableInfo> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
