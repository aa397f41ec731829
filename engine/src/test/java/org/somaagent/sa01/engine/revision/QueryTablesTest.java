package org.somaagent.sa01.engine.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** The tables a statement touches come from its query objects, not from searching its text. */
class QueryTablesTest {

    private static final Table<?> PROMPTS = DSL.table(DSL.name("prompts"));

    @Test
    void readsTheTableOfEachModelledStatement() {
        assertThat(QueryTables.of(DSL.createIndex("i").on(PROMPTS, DSL.field(DSL.name("name"))))).containsExactly("prompts");
        assertThat(QueryTables.of(DSL.dropTable(PROMPTS))).containsExactly("prompts");
        assertThat(QueryTables.of(DSL.commentOnTable(PROMPTS).is("x"))).containsExactly("prompts");
        assertThat(QueryTables.of(DSL.insertInto(PROMPTS).columns(DSL.field(DSL.name("name"))).values("x"))).containsExactly("prompts");
        assertThat(QueryTables.of(DSL.update(PROMPTS).set(DSL.field(DSL.name("name"), SQLDataType.CLOB), "x"))).containsExactly("prompts");
        assertThat(QueryTables.of(DSL.deleteFrom(PROMPTS))).containsExactly("prompts");
    }

    @Test
    void aNameInsideAStringLiteralIsNoTable() {
        // the text search this replaces would have named "tool_catalog" here
        assertThat(QueryTables.of(DSL.insertInto(PROMPTS).columns(DSL.field(DSL.name("body"))).values("see \"tool_catalog\"")))
                .containsExactly("prompts");
    }

    @Test
    void plainSqlAndAlterTableAreNotModelled() {
        assertThat(QueryTables.of(DSL.query("create extension if not exists vector"))).isEmpty();
        assertThat(QueryTables.of(DSL.alterTable(PROMPTS).addColumn("x", SQLDataType.CLOB))).isEmpty();
    }
}
