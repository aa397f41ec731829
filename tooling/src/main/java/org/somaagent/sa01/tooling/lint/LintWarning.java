package org.somaagent.sa01.tooling.lint;

/**
 * One finding: where ({@code source} is the revision id or the file, {@code location} the source
 * line), which check, about what, and the statement as it runs.
 */
public record LintWarning(String source, String location, LintCheck check, String subject, String statement) {

    public String describe() {
        return source + " (" + location + "): " + check.id() + ": " + subject + ": `" + shortened(statement) + "` takes "
                + check.lock() + "; safe: " + check.advice();
    }

    private static String shortened(String sql) {
        String line = sql.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
