package org.somaagent.sa01.tooling.lint;

/**
 * What a rule found, before it is placed.
 *
 * @param object  the table (or type, index) it is about: findings on objects created in the same unit are dropped
 * @param name    the name a revision's source spells, to find the line: the column, index or constraint
 * @param subject what to print
 */
record Finding(LintCheck check, String object, String name, String subject) {

    Finding(LintCheck check, String object, String subject) {
        this(check, object, object, subject);
    }

    static Finding column(LintCheck check, String table, String column) {
        return new Finding(check, table, column, "column " + table + "." + column);
    }
}
