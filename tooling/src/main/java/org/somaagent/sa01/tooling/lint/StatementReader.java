package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.AlterTableStep;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Parser;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;
import org.jooq.impl.ParserException;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * Turns a revision's queries or a SQL file into {@link Statement}s. A query built with jOOQ's DSL is
 * linted as it is; plain SQL ({@code DSL.query("...")}) and files are parsed by jOOQ's parser
 * (dialect POSTGRES), after {@link PostgresOnlySyntax} has taken out what that parser cannot read.
 */
final class StatementReader {

    private static final Settings PARSING = ((Settings) SqlRenderer.SETTINGS.clone())
            .withParseDialect(SQLDialect.POSTGRES)
            .withParseUnknownFunctions(ParseUnknownFunctions.IGNORE);

    private final Parser parser;
    private final PostgresOnlySyntax postgresOnly;

    StatementReader() {
        DSLContext dsl = DSL.using(SQLDialect.POSTGRES, PARSING);
        this.parser = dsl.parser();
        this.postgresOnly = new PostgresOnlySyntax(parser);
    }

    /** Every statement of a script, each placed by its line. */
    List<Statement> script(String text) {
        List<Statement> statements = new ArrayList<>();
        for (SqlScript.Piece piece : SqlScript.statements(text)) {
            statements.add(parse("line " + piece.line(), piece.sql()));
        }
        return statements;
    }

    /** A revision's query: as built when jOOQ's model has its structure, else parsed from its rendering. */
    List<Statement> query(String location, Query query) {
        String sql = SqlRenderer.render(query);
        if (structured(query)) {
            return List.of(Statement.built(location, sql, query));
        }
        return SqlScript.statements(sql).stream().map(piece -> parse(location, piece.sql())).toList();
    }

    private Statement parse(String location, String sql) {
        try {
            PostgresOnlySyntax.Reading reading = postgresOnly.read(sql);
            if (reading.recognized().isPresent()) {
                return new Statement(location, sql, Optional.empty(), Optional.empty(), Optional.empty(), false, false, reading.recognized());
            }
            Query query = parser.parseQuery(reading.sql());
            if (query != null) {
                return new Statement(location, sql, Optional.of(query), Optional.empty(), Optional.empty(),
                        reading.concurrently(), reading.notValid(), Optional.empty());
            }
            return unreadable(location, sql, "no statement");
        } catch (ParserException e) {
            return unreadable(location, sql, e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private Statement unreadable(String location, String sql, String reason) {
        Optional<Name> on;
        try {
            on = postgresOnly.tableOf(sql);
        } catch (ParserException e) {
            on = Optional.empty(); // no table to call new: the finding stands
        }
        return new Statement(location, sql, Optional.empty(), Optional.of(reason), on, false, false, Optional.empty());
    }

    /** The kinds of query the rules read as built; anything else (plain SQL above all) goes through the parser. */
    private static boolean structured(Query query) {
        return query instanceof AlterTableStep || query instanceof QOM.CreateTable || query instanceof QOM.CreateIndex
                || query instanceof QOM.DropIndex || query instanceof QOM.DropTable || query instanceof QOM.CreateType
                || query instanceof QOM.AlterType || query instanceof QOM.DropType || query instanceof QOM.Truncate
                || query instanceof QOM.Update || query instanceof QOM.Delete || query instanceof QOM.Insert
                || query instanceof QOM.DropDatabase || query instanceof QOM.CommentOn || query instanceof QOM.CreateDomain
                || query instanceof QOM.AlterDomain;
    }
}
