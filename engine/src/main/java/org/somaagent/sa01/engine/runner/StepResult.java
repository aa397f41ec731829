package org.somaagent.sa01.engine.runner;

import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.adopt.Adoption;

/** What one revision did: its id, direction and time, and for the baseline step what adoption created and left. */
public record StepResult(String revisionId, VersionTable.Operation operation, long durationMs, Optional<Adoption.Outcome> adoption) {

    public List<String> created() {
        return adoption.map(Adoption.Outcome::created).orElse(List.of());
    }

    public List<String> differences() {
        return adoption.map(Adoption.Outcome::differences).orElse(List.of());
    }
}
