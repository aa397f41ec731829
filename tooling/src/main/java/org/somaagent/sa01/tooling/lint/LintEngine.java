package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.jooq.AlterTableStep;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.impl.QOM;

/**
 * Runs the rules over statements, unit by unit (a revision or a file), keeping the schema they
 * build up. Objects created in the same unit are new and empty: findings on them are dropped, as
 * are those the unit acknowledges.
 */
final class LintEngine {

    private final SchemaState state = new SchemaState();
    private final StatementRules statementRules;
    private final AlterTableRules alterTableRules;

    LintEngine(ModelView model) {
        this.statementRules = new StatementRules(model);
        this.alterTableRules = new AlterTableRules(model, state);
    }

    /**
     * @param inTransaction whether the unit runs in one transaction (a revision whose transactional() is true)
     * @param place         names a finding's place from its statement (a revision points at its source line)
     */
    List<LintWarning> lint(String source, List<Statement> statements, boolean inTransaction, Set<String> acknowledged,
                           BiFunction<Statement, Finding, String> place) {
        Set<String> created = new HashSet<>();
        List<LintWarning> warnings = new ArrayList<>();
        boolean transaction = inTransaction;
        for (Statement statement : statements) {
            if (statement.recognized().orElse(null) instanceof Statement.TransactionControl control) {
                transaction = inTransaction || control.begins(); // a file's own BEGIN ... COMMIT
            }
            for (Finding finding : findings(statement, transaction, created)) {
                if (!created.contains(lower(finding.object())) && !acknowledged.contains(finding.check().id())) {
                    warnings.add(new LintWarning(source, place.apply(statement, finding), finding.check(), finding.subject(), statement.sql()));
                }
            }
        }
        return warnings;
    }

    private List<Finding> findings(Statement statement, boolean inTransaction, Set<String> created) {
        if (statement.unreadable().isPresent()) {
            if (PostgresOnlySyntax.isFunction(statement.sql())) {
                return List.of(); // a function definition locks no table; its body is not linted (docs/lint.md)
            }
            String table = statement.unreadableOn().map(Name::last).orElse("");
            return List.of(new Finding(LintCheck.UNPARSED_STATEMENT, table, "jOOQ's parser cannot read it (" + statement.unreadable().get() + ")"));
        }
        if (statement.recognized().orElse(null) instanceof Statement.Validate validate) {
            state.validated(validate.table(), validate.constraint());
        }
        if (statement.recognized().isPresent()) {
            return List.of();
        }
        Query query = statement.query().orElseThrow();
        List<Finding> found = new ArrayList<>(statementRules.check(statement, query, inTransaction));
        switch (query) {
            case QOM.CreateTable create -> {
                created.add(lower(create.$table().getName()));
                state.track(create);
            }
            case QOM.CreateType create -> created.add(lower(create.$type().getName()));
            case QOM.CreateDomain<?> create -> created.add(lower(create.$domain().getName()));
            case QOM.CreateIndex index when index.$index() != null -> created.add(lower(index.$index().getName()));
            case QOM.DropTable drop -> state.track(drop);
            case AlterTableStep alter -> found.addAll(alter(statement, query));
            default -> { }
        }
        return found;
    }

    private List<Finding> alter(Statement statement, Query alter) {
        var changes = state.alter(alter);
        if (changes.isEmpty()) {
            return List.of(new Finding(LintCheck.UNPARSED_STATEMENT, "", "jOOQ's DDL interpreter cannot apply it"));
        }
        List<Finding> found = new ArrayList<>();
        changes.get().forEach(change -> found.addAll(alterTableRules.check(statement, change)));
        return found;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
