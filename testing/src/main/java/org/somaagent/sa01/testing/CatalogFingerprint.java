package org.somaagent.sa01.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jooq.DSLContext;

/**
 * A database's schema as sorted lines of PostgreSQL's own deparsed definitions: tables and
 * columns (type, default, nullability), constraints, indexes, enum labels in order, functions,
 * triggers, comments. Two databases have the same schema when their fingerprints are equal.
 * The version tables are left out: the legacy databases have none.
 */
public final class CatalogFingerprint {

    private static final String QUERY = """
            select 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || case when a.attnotnull then ' not null' else '' end
                   || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
            where n.nspname = 'public' and c.relkind = 'r'
            union all select 'constraint ' || c.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public'
            union all select 'index ' || i.relname || ' ' || pg_get_indexdef(i.oid)
            from pg_index x join pg_class i on i.oid = x.indexrelid join pg_namespace n on n.oid = i.relnamespace
            where n.nspname = 'public'
            union all select 'trigger ' || pg_get_triggerdef(tg.oid) from pg_trigger tg where not tg.tgisinternal
            union all select 'comment ' || c.relname || ' ' || obj_description(c.oid, 'pg_class')
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r' and obj_description(c.oid, 'pg_class') is not null
            union all select 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
            from pg_type t join pg_enum e on e.enumtypid = t.oid group by t.typname
            union all select 'function ' || p.proname || ' ' || regexp_replace(lower(p.prosrc), '\\s+', ' ', 'g')
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
            union all select 'extension ' || extname from pg_extension
            """;

    private CatalogFingerprint() {}

    public static Set<String> of(TestDatabase db) {
        return of(db.dsl());
    }

    public static Set<String> of(DSLContext dsl) {
        List<String> lines = dsl.fetch(QUERY).getValues(0, String.class);
        return new TreeSet<>(lines.stream().filter(Predicate.not(CatalogFingerprint::versionTable)).toList());
    }

    /** Lines that mention the legacy {@code sessions} table or the foreign key to it. */
    public static boolean mentionsSessions(String line) {
        return line.matches(".*\\bsessions\\b.*") || line.contains("session_embeddings_session_id_fkey");
    }

    private static boolean versionTable(String line) {
        return line.contains("schema_version");
    }
}
