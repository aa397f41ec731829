package org.somaagent.sa01.engine.runner;

import java.util.List;
import java.util.Optional;

/** What an upgrade or a downgrade did: where the database was and is, each step, and the time it took. */
public record MigrationResult(Optional<String> from, Optional<String> to, List<StepResult> steps, long durationMs) {}
