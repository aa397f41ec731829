package org.somaagent.sa01.engine.runner;

import java.util.List;
import java.util.Optional;
import org.jooq.Queries;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Rendering;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * Why a stored checksum differs from the code's. Checksums hash SQL that jOOQ renders, so a jOOQ
 * upgrade that renders the same statements differently moves them: that case is told apart from a
 * revision that was edited, by reading the stored SQL back with jOOQ's parser and rendering it as
 * this build does (where the parser cannot read a statement, by comparing the texts without case,
 * quoting and white space, which is what renderings differ in).
 */
final class ChecksumMismatch {

    enum Kind { RENDERING, CHANGED, NOT_STORED }

    private ChecksumMismatch() {}

    static Kind classify(AppliedRevision row, String current) {
        Optional<String> stored = row.sql();
        if (stored.isEmpty()) {
            return Kind.NOT_STORED;
        }
        if (!Checksums.sha256(stored.get()).equals(row.checksum())) {
            return Kind.CHANGED; // the row does not hash to its own SQL: it was edited by hand
        }
        Optional<String> reparsed = reparse(stored.get());
        if (reparsed.isPresent() && reparsed.equals(reparse(current))) {
            return Kind.RENDERING;
        }
        return normalized(stored.get()).equals(normalized(current)) ? Kind.RENDERING : Kind.CHANGED;
    }

    static String describe(Revision revision, AppliedRevision row, Rendering current, String database) {
        String ids = " (database has checksum " + row.checksum().substring(0, 12) + "..., local code has " + current.checksum().substring(0, 12) + "...)";
        return switch (classify(row, current.sql())) {
            case RENDERING -> "revision " + revision.id() + " in " + database + " differs from this build only in how jOOQ renders it" + ids
                    + ": applied as rendered by " + row.renderedBy().orElse("another jOOQ") + ", now rendered by " + current.renderer()
                    + "; first differing line: " + firstDifference(row.sql().orElseThrow(), current.sql())
                    + ". The statements are the same: run 'sa01-migrate check', and when it finds no differences, 'sa01-migrate repair'";
            case CHANGED -> "revision " + revision.id() + " was changed after it was applied to " + database + ids
                    + "; first differing line: " + firstDifference(row.sql().orElseThrow(), current.sql())
                    + ". To fix: revert the edit and put the change in a new revision";
            case NOT_STORED -> "revision " + revision.id() + " was changed after it was applied to " + database + ids
                    + ", or only rendered differently: this database stores no SQL for it, so which cannot be told. To fix: revert "
                    + "an edit and put the change in a new revision; if nothing was edited (a jOOQ upgrade), run 'sa01-migrate check', "
                    + "and when it finds no differences, 'sa01-migrate repair'";
        };
    }

    private static Optional<String> reparse(String script) {
        try {
            Queries queries = DSL.using(SQLDialect.POSTGRES, SqlRenderer.SETTINGS).parser().parse(script);
            return Optional.of(SqlRenderer.script(List.of(queries.queries())));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // plain SQL jOOQ's parser does not read (PL/pgSQL, some index options)
        }
    }

    /** Outside string literals: lower case, no identifier quotes, no white space (renderings differ in line breaks and padding). */
    static String normalized(String sql) {
        StringBuilder s = new StringBuilder();
        boolean literal = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                literal = !literal;
            }
            if (!literal && (c == '"' || Character.isWhitespace(c))) {
                continue;
            }
            s.append(literal ? c : Character.toLowerCase(c));
        }
        return s.toString();
    }

    private static String firstDifference(String stored, String current) {
        String[] a = stored.split("\n");
        String[] b = current.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(nothing)";
            String y = i < b.length ? b[i] : "(nothing)";
            if (!x.equals(y)) {
                return "applied '" + abbreviate(x) + "', now '" + abbreviate(y) + "'";
            }
        }
        return "none (only the stored checksum differs)";
    }

    private static String abbreviate(String line) {
        return line.length() <= 160 ? line : line.substring(0, 160) + "...";
    }
}
