package org.somaagent.sa01.tooling.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus: for every rule, SQL it must flag and a close variant it must not, parsed from text
 * as {@code sa01-migrate lint FILE.sql} reads it. Tables the script does not create are taken to
 * exist; those it creates are new and empty.
 */
class LintCorpusTest {

    record Case(LintCheck check, String flagged, String passes) {
        @Override
        public String toString() {
            return check.id() + ": " + flagged;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                new Case(LintCheck.VOLATILE_DEFAULT, "alter table t add column c uuid default gen_random_uuid();",
                        "alter table t add column c timestamptz default now();"),
                new Case(LintCheck.VOLATILE_DEFAULT, "alter table t add column c double precision default random();",
                        "alter table t add column c jsonb default '{}'::jsonb;"),
                new Case(LintCheck.VOLATILE_DEFAULT, "alter table t add column n bigserial;", "alter table t add column n bigint;"),
                new Case(LintCheck.ADD_COLUMN_NOT_NULL, "alter table t add column c text not null;",
                        "alter table t add column c text not null default '';"),
                new Case(LintCheck.INDEX_NOT_CONCURRENTLY, "create index t_a_idx on t (a);", "create index concurrently t_a_idx on t (a);"),
                new Case(LintCheck.INDEX_NOT_CONCURRENTLY, "create unique index t_a_idx on t (a);",
                        "create unique index concurrently if not exists t_a_idx on t (a);"),
                new Case(LintCheck.INDEX_NOT_CONCURRENTLY, "create index t_a_idx on t using gin (a);",
                        "create table t (a jsonb); create index t_a_idx on t using gin (a);"),
                new Case(LintCheck.CONCURRENTLY_IN_TRANSACTION, "begin;\ncreate index concurrently t_a_idx on t (a);\ncommit;",
                        "begin;\ncommit;\ncreate index concurrently t_a_idx on t (a);"),
                new Case(LintCheck.DROP_INDEX_NOT_CONCURRENTLY, "drop index t_a_idx;", "drop index concurrently if exists t_a_idx;"),
                new Case(LintCheck.TYPE_CHANGE, "alter table t alter column a type bigint using a::bigint;",
                        "create table t (a int); alter table t alter column a type bigint;"),
                new Case(LintCheck.SET_NOT_NULL, "alter table t add constraint t_a_nn check (a is not null) not valid;\n"
                        + "alter table t alter column a set not null;",
                        "alter table t add constraint t_a_nn check (a is not null) not valid;\n"
                        + "alter table t validate constraint t_a_nn;\nalter table t alter column a set not null;"),
                new Case(LintCheck.DROP_NOT_NULL, "alter table t alter column a drop not null;",
                        "create table t (a int not null); alter table t alter column a drop not null;"),
                new Case(LintCheck.DROP_NOT_NULL, "alter table t alter column a drop not null;\nalter table t add column b int;",
                        "alter table t add column b int;\nalter table t add column c int;"),
                new Case(LintCheck.CONSTRAINT_NOT_VALID, "alter table t add constraint t_p_fk foreign key (p_id) references p (id);",
                        "alter table t add constraint t_p_fk foreign key (p_id) references p (id) not valid;"),
                new Case(LintCheck.CONSTRAINT_NOT_VALID, "alter table t add constraint t_a_check check (a > 0);",
                        "alter table t add constraint t_a_check check (a > 0) not valid;"),
                new Case(LintCheck.UNIQUE_CONSTRAINT, "alter table t add constraint t_a_key unique (a);",
                        "create unique index concurrently t_a_key on t (a);\nalter table t add constraint t_a_key unique using index t_a_key;"),
                new Case(LintCheck.UNIQUE_CONSTRAINT, "alter table t add primary key (id);",
                        "create table t (id bigint); alter table t add primary key (id);"),
                new Case(LintCheck.RENAME_COLUMN, "alter table t rename column a to b;", "alter table t add column b int;"),
                new Case(LintCheck.RENAME_TABLE, "alter table t rename to u;", "create table t (a int); alter table t rename to u;"),
                new Case(LintCheck.DROP_COLUMN_IN_MODEL, "alter table t drop column a;",
                        "create table t (a int, b int); alter table t drop column b;"),
                new Case(LintCheck.DROP_TABLE_IN_MODEL, "drop table t;", "create table t (a int); drop table t;"),
                new Case(LintCheck.ENUM_LABEL_REMOVED, "drop type mood;", "create type mood as enum ('sad', 'ok'); drop type mood;"),
                new Case(LintCheck.RENAME_ENUM_LABEL, "alter type mood rename value 'ok' to 'fine';", "alter type mood add value 'fine';"),
                new Case(LintCheck.DOMAIN_CONSTRAINT, "create domain positive as int check (value > 0);", "create domain amount as int;"),
                new Case(LintCheck.DOMAIN_CONSTRAINT, "alter domain amount add constraint amount_positive check (value > 0);",
                        "create domain amount as int;\nalter domain amount add constraint amount_positive check (value > 0);"),
                new Case(LintCheck.IDENTIFIER_TOO_LONG, "create table t (" + "a".repeat(64) + " int);", "create table t (" + "a".repeat(63) + " int);"),
                new Case(LintCheck.IDENTIFIER_TOO_LONG, "create table t (a int);\ncreate index concurrently " + "i".repeat(64) + " on t (a);",
                        "create table t (a int);\ncreate index concurrently " + "i".repeat(63) + " on t (a);"),
                new Case(LintCheck.IDENTIFIER_TOO_LONG, "alter table t add column " + "\u00e9".repeat(32) + " int;",
                        "alter table t add column " + "\u00e9".repeat(31) + " int;"),
                new Case(LintCheck.TRUNCATE_CASCADE, "truncate table t cascade;", "truncate table t;"),
                new Case(LintCheck.DROP_DATABASE, "drop database d;", "create table d (a int); drop table d;"),
                new Case(LintCheck.UNBATCHED_WRITE, "update t set a = 0;",
                        "update t set a = 0 where id in (select id from t where a is null limit 1000);"),
                new Case(LintCheck.UNBATCHED_WRITE, "delete from t;",
                        "delete from t where id in (select id from t where a < 0 limit 1000);"),
                new Case(LintCheck.UNPARSED_STATEMENT, "cluster t using t_pkey;", "comment on table t is 'clustered by hand';"),
                new Case(LintCheck.UNPARSED_STATEMENT, "create trigger t_touch before update on t for each row execute function touch();",
                        "create table t (a int);\ncreate or replace function touch() returns trigger language plpgsql as $$ begin return new; end $$;\n"
                        + "create trigger t_touch before update on t for each row execute function touch();"));
    }

    private static List<LintCheck> checks(String sql) {
        return new SqlFileLinter().lint("corpus.sql", sql).stream().map(LintWarning::check).toList();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void flagsTheUnsafeStatementOnceAndPassesTheCloseVariant(Case c) {
        assertThat(checks(c.flagged())).containsExactly(c.check());
        assertThat(checks(c.passes())).isEmpty();
    }

    @Test
    void everyRuleHasACase() {
        Set<LintCheck> covered = corpus().map(Case::check).collect(Collectors.toCollection(() -> EnumSet.noneOf(LintCheck.class)));
        assertThat(covered).containsExactlyInAnyOrder(LintCheck.values());
    }

    @Test
    void idsAreUnique() {
        assertThat(Arrays.stream(LintCheck.values()).map(LintCheck::id).distinct().count()).isEqualTo(LintCheck.values().length);
    }
}
