package org.somaagent.sa01.tooling.lint;

/** One finding: which revision, where in its source, which check, about what. */
public record LintWarning(String revisionId, String location, LintCheck check, String subject) {

    public String describe() {
        return revisionId + " (" + location + "): " + check.id() + ": " + subject + ": " + check.advice();
    }
}
