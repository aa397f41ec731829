package org.somaagent.sa01.tooling.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void cutsAtSemicolonsOutsideQuotesCommentsAndDollarQuotedBodies() {
        String script = """
                -- a comment; not a statement
                create table t (a text default 'x;y');
                /* block; comment */ alter table "odd;name" add column b int;

                create function f() returns trigger language plpgsql as $body$ begin; return new; end $body$;
                select 1""";
        List<SqlScript.Piece> pieces = SqlScript.statements(script);
        assertThat(pieces).extracting(SqlScript.Piece::line).containsExactly(2, 3, 5, 6);
        assertThat(pieces.get(0).sql()).isEqualTo("create table t (a text default 'x;y')");
        assertThat(pieces.get(1).sql()).isEqualTo("alter table \"odd;name\" add column b int");
        assertThat(pieces.get(2).sql()).endsWith("end $body$");
        assertThat(pieces.get(3).sql()).isEqualTo("select 1");
    }

    @Test
    void aScriptOfCommentsHasNoStatement() {
        assertThat(SqlScript.statements("-- nothing\n/* here */\n;\n")).isEmpty();
    }

    @Test
    void wordsSkipQuotedText() {
        assertThat(SqlScript.words("alter table \"not valid\" add constraint c check (a <> 'not valid') NOT VALID"))
                .extracting(SqlScript.Word::text)
                .containsExactly("alter", "table", "add", "constraint", "c", "check", "a", "not", "valid");
    }

    @Test
    void aNameJooqCannotReadInAValidationIsAnUnparsedStatementNotACrash() {
        assertThat(new SqlFileLinter().lint("q.sql", "alter table t validate constraint \"unterminated;"))
                .extracting(LintWarning::check).containsExactly(LintCheck.UNPARSED_STATEMENT);
    }

    @Test
    void theNotValidKeywordsInsideANameOrStringAreNotTakenForTheOption() {
        assertThat(new SqlFileLinter().lint("q.sql", "alter table t add constraint c check (a <> 'not valid');"))
                .extracting(LintWarning::check).containsExactly(LintCheck.CONSTRAINT_NOT_VALID);
    }
}
