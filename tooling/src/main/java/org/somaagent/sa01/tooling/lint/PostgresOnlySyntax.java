package org.somaagent.sa01.tooling.lint;

import java.util.List;
import java.util.Optional;
import org.jooq.Name;
import org.jooq.Parser;
import org.somaagent.sa01.tooling.lint.SqlScript.Word;

/**
 * The PostgreSQL options jOOQ 3.21's parser cannot read but the safe patterns need:
 * {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, a trailing
 * {@code NOT VALID} on {@code ALTER TABLE ... ADD CONSTRAINT}, {@code ALTER TABLE t VALIDATE
 * CONSTRAINT c}, {@code ADD CONSTRAINT c UNIQUE|PRIMARY KEY USING INDEX i}, the {@code USING}
 * expression of a type change, and {@code BEGIN} / {@code COMMIT} in a file. Each is recognised on the
 * statement's words (quotes and comments skipped), taken out, and kept as a flag on the
 * {@link Statement}; jOOQ parses the rest, and the rules read the flag with the query.
 */
final class PostgresOnlySyntax {

    /** The text left for jOOQ and what was taken out of it. */
    record Reading(String sql, boolean concurrently, boolean notValid, Optional<Statement.Recognized> recognized) {}

    /**
     * For a statement jOOQ cannot parse: the table it works on, for {@code CREATE TRIGGER ... ON t}
     * and {@code CREATE INDEX ... ON t} (an index method or operator class jOOQ does not know), so
     * that one on a table created just before is not flagged.
     */
    Optional<Name> tableOf(String sql) {
        List<Word> w = SqlScript.words(sql);
        boolean trigger = startsWith(w, "create", "trigger") || startsWith(w, "create", "or", "replace", "trigger");
        boolean index = startsWith(w, "create", "index") || startsWith(w, "create", "unique", "index");
        int on = indexOf(w, "on");
        if (!(trigger || index) || on < 0) {
            return Optional.empty();
        }
        int from = on + 1 < w.size() && w.get(on + 1).text().equals("only") ? w.get(on + 1).end() : w.get(on).end();
        String name = qualifiedName(sql, from);
        return name.isEmpty() ? Optional.empty() : Optional.of(names.parseName(name));
    }

    /** The possibly quoted, possibly qualified name that starts at {@code from} (after blanks). */
    private static String qualifiedName(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '"') {
                int close = sql.indexOf('"', i + 1);
                i = close < 0 ? sql.length() : close + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.') {
                i++;
            } else {
                break;
            }
        }
        return sql.substring(start, i);
    }

    /** {@code CREATE [OR REPLACE] FUNCTION}: PL/pgSQL jOOQ's open-source parser cannot read; it locks no table. */
    static boolean isFunction(String sql) {
        List<Word> w = SqlScript.words(sql);
        return startsWith(w, "create", "function") || startsWith(w, "create", "or", "replace", "function");
    }

    private final Parser names;

    PostgresOnlySyntax(Parser names) {
        this.names = names;
    }

    Reading read(String sql) {
        List<Word> w = SqlScript.words(sql);
        if (startsWith(w, "begin") && !startsWith(w, "begin", "atomic") || startsWith(w, "start", "transaction")) {
            return new Reading("", false, false, Optional.of(new Statement.TransactionControl(true)));
        }
        if (w.size() <= 3 && (startsWith(w, "commit") || startsWith(w, "end") || startsWith(w, "rollback") || startsWith(w, "abort"))) {
            return new Reading("", false, false, Optional.of(new Statement.TransactionControl(false)));
        }
        if (startsWith(w, "create", "index", "concurrently") || startsWith(w, "drop", "index", "concurrently")) {
            return new Reading(without(sql, w.get(2)), true, false, Optional.empty());
        }
        if (startsWith(w, "create", "unique", "index", "concurrently")) {
            return new Reading(without(sql, w.get(3)), true, false, Optional.empty());
        }
        if (startsWith(w, "alter", "table")) {
            int validate = indexOf(w, "validate");
            if (validate > 1 && validate + 1 < w.size() && w.get(validate + 1).text().equals("constraint")) {
                Name table = names.parseName(sql.substring(tableStart(w), w.get(validate).start()).strip());
                Name constraint = names.parseName(sql.substring(w.get(validate + 1).end()).strip());
                return new Reading("", false, false, Optional.of(new Statement.Validate(table, constraint)));
            }
            int using = indexOf(w, "using");
            if (using > 2 && using + 1 < w.size() && w.get(using + 1).text().equals("index")
                    && (w.get(using - 1).text().equals("unique") || w.get(using - 1).text().equals("key"))) {
                return new Reading("", false, false, Optional.of(new Statement.KeyUsingIndex()));
            }
            int n = w.size();
            if (n > 3 && w.get(n - 2).text().equals("not") && w.get(n - 1).text().equals("valid") && sql.substring(w.get(n - 1).end()).isBlank()) {
                return new Reading(sql.substring(0, w.get(n - 2).start()), false, true, Optional.empty());
            }
            int type = indexOf(w, "type");
            if (type > 0 && using > type) {
                return new Reading(sql.substring(0, w.get(using).start()), false, false, Optional.empty());
            }
        }
        return new Reading(sql, false, false, Optional.empty());
    }

    /** Where the table's name starts: after {@code ALTER TABLE [IF EXISTS] [ONLY]}. */
    private static int tableStart(List<Word> w) {
        int i = 2;
        if (w.size() > 3 && w.get(2).text().equals("if") && w.get(3).text().equals("exists")) {
            i = 4;
        }
        if (w.size() > i && w.get(i).text().equals("only")) {
            i++;
        }
        return w.get(i - 1).end();
    }

    private static boolean startsWith(List<Word> w, String... words) {
        if (w.size() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!w.get(i).text().equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Word> w, String word) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).text().equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static String without(String sql, Word word) {
        return sql.substring(0, word.start()) + sql.substring(word.end());
    }
}
