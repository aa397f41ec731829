package org.somaagent.sa01.tooling.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Query;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.revision.AcknowledgeLint;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;

/**
 * Lints each revision's upgrade queries (see docs/lint.md). The chain is linted in order, so a
 * revision is checked against the schema its parents built; objects a revision creates itself are
 * new and not flagged, and {@code @AcknowledgeLint} on the class accepts a check with a reason.
 */
public final class RevisionLinter {

    private final ModelView model;
    private final Path sources;

    /** @param sources where revision sources live, to name the line of a finding; may not exist */
    public RevisionLinter(SchemaDef model, Path sources) {
        this.model = new ModelView(Optional.of(model));
        this.sources = sources;
    }

    public List<LintWarning> lint(RevisionGraph graph) {
        LintEngine engine = new LintEngine(model);
        List<LintWarning> warnings = new ArrayList<>();
        graph.chain().forEach(r -> warnings.addAll(lint(engine, r)));
        return warnings;
    }

    /** One revision alone: what it alters is taken to exist already. */
    public List<LintWarning> lint(Revision revision) {
        return lint(new LintEngine(model), revision);
    }

    private List<LintWarning> lint(LintEngine engine, Revision revision) {
        Set<String> acknowledged = Stream.of(revision.getClass().getAnnotationsByType(AcknowledgeLint.class))
                .map(AcknowledgeLint::check).collect(Collectors.toSet());
        Set<String> ids = Stream.of(LintCheck.values()).map(LintCheck::id).collect(Collectors.toSet());
        acknowledged.stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
            throw MigrationException.usage("revision " + revision.id() + " acknowledges lint check '" + id
                    + "', which does not exist: use an id from docs/lint.md");
        });
        String file = revision.getClass().getSimpleName() + ".java";
        StatementReader reader = new StatementReader();
        List<Statement> statements = new ArrayList<>();
        List<Query> upgrade = revision.upgrade();
        for (int i = 0; i < upgrade.size(); i++) {
            statements.addAll(reader.query(file + ", statement " + (i + 1), upgrade.get(i)));
        }
        List<String> lines = sourceLines(file);
        return engine.lint(revision.id(), statements, revision.transactional(), acknowledged,
                (statement, finding) -> line(lines, file, finding).orElse(statement.location()));
    }

    /** {@code R0002AddLocale.java:27}: the first line of the source that names the finding's object in quotes. */
    private static Optional<String> line(List<String> lines, String file, Finding finding) {
        if (finding.name().isEmpty()) {
            return Optional.empty();
        }
        String needle = "\"" + finding.name() + "\"";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return Optional.of(file + ":" + (i + 1));
            }
        }
        return Optional.empty();
    }

    private List<String> sourceLines(String file) {
        Path source = sources.resolve(file);
        try {
            return Files.isRegularFile(source) ? Files.readAllLines(source) : List.of();
        } catch (IOException e) {
            return List.of(); // the finding then names the statement's number instead of a line
        }
    }
}
