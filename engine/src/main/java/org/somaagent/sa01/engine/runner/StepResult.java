package org.somaagent.sa01.engine.runner;

import java.util.List;

/** What one revision did: its id, direction, time, what adoption created and the differences it left. */
public record StepResult(String revisionId, VersionTable.Operation operation, long durationMs, List<String> created,
                         List<String> differences) {}
