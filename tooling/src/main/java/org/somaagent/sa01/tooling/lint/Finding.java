package org.somaagent.sa01.tooling.lint;

/** What a rule found, before it is placed: the check, the object it is about (to skip new ones), a subject to print. */
record Finding(LintCheck check, String object, String subject) {}
