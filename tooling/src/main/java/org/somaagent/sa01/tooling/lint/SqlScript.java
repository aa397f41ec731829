package org.somaagent.sa01.tooling.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SQL script cut into statements, each with the line it starts on, and a statement cut into its
 * words. jOOQ's parser reads a whole script or nothing and keeps no line numbers, so the cut is
 * made here: at semicolons outside quotes, comments and dollar-quoted bodies (PL/pgSQL).
 */
final class SqlScript {

    /** One statement of a script, without its semicolon. */
    record Piece(int line, String sql) {}

    /** A word outside quotes and comments, lower-cased, with where it stands in the statement. */
    record Word(String text, int start, int end) {}

    private SqlScript() {}

    static List<Piece> statements(String script) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < script.length()) {
            int skipped = skipQuoted(script, i);
            if (skipped > i) {
                i = skipped;
            } else if (script.charAt(i) == ';') {
                add(pieces, script, start, i);
                start = ++i;
            } else {
                i++;
            }
        }
        add(pieces, script, start, script.length());
        return pieces;
    }

    static List<Word> words(String sql) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            int skipped = skipQuoted(sql, i);
            if (skipped > i) {
                i = skipped;
            } else if (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                words.add(new Word(sql.substring(i, end).toLowerCase(Locale.ROOT), i, end));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }

    /** The text with its comments removed: what is left to parse once a statement is cut out. */
    private static boolean blank(String sql) {
        int i = 0;
        while (i < sql.length()) {
            int skipped = skipQuoted(sql, i);
            if (skipped > i && (sql.startsWith("--", i) || sql.startsWith("/*", i))) {
                i = skipped;
            } else if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Piece> pieces, String script, int start, int end) {
        String sql = script.substring(start, end);
        if (blank(sql)) {
            return;
        }
        int lead = 0;
        while (true) { // the statement's line is that of its first word, not of the comments before it
            while (lead < sql.length() && Character.isWhitespace(sql.charAt(lead))) {
                lead++;
            }
            int skipped = skipQuoted(sql, lead);
            if (skipped > lead && (sql.startsWith("--", lead) || sql.startsWith("/*", lead))) {
                lead = skipped;
            } else {
                break;
            }
        }
        int line = 1 + (int) script.substring(0, start + lead).chars().filter(c -> c == '\n').count();
        pieces.add(new Piece(line, sql.substring(lead).strip()));
    }

    /** Past the quoted string, quoted name, comment or dollar-quoted body at {@code i}; {@code i} when none starts there. */
    private static int skipQuoted(String s, int i) {
        char c = s.charAt(i);
        if (s.startsWith("--", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl + 1;
        }
        if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? s.length() : close + 2;
        }
        if (c == '\'' || c == '"') {
            int j = i + 1;
            while (j < s.length()) {
                if (s.charAt(j) == c) {
                    if (j + 1 < s.length() && s.charAt(j + 1) == c) {
                        j += 2; // a doubled quote stands for itself
                        continue;
                    }
                    return j + 1;
                }
                if (c == '\'' && s.charAt(j) == '\\' && i > 0 && Character.toLowerCase(s.charAt(i - 1)) == 'e') {
                    j += 2; // E'...' strings escape with a backslash
                    continue;
                }
                j++;
            }
            return s.length();
        }
        if (c == '$' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
            int tagEnd = i + 1;
            while (tagEnd < s.length() && (Character.isLetterOrDigit(s.charAt(tagEnd)) || s.charAt(tagEnd) == '_')) {
                tagEnd++;
            }
            if (tagEnd < s.length() && s.charAt(tagEnd) == '$' && (tagEnd == i + 1 || !Character.isDigit(s.charAt(i + 1)))) {
                String tag = s.substring(i, tagEnd + 1);
                int close = s.indexOf(tag, tagEnd + 1);
                return close < 0 ? s.length() : close + tag.length();
            }
        }
        return i;
    }
}
