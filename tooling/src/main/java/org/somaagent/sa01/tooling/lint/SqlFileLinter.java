package org.somaagent.sa01.tooling.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * Lints plain SQL files ({@code sa01-migrate lint FILE.sql...}): a migration written for another
 * tool, or {@code upgrade --sql} output. Each file is parsed by jOOQ and run through the same rules
 * as a revision, without the model (what a file drops is taken as still used) and outside a
 * transaction (as psql runs a file).
 */
public final class SqlFileLinter {

    public List<LintWarning> lint(List<Path> files) {
        List<LintWarning> warnings = new ArrayList<>();
        for (Path file : files) {
            warnings.addAll(lint(file.toString(), read(file)));
        }
        return warnings;
    }

    /** One script's findings; {@code source} names it. */
    List<LintWarning> lint(String source, String script) {
        return new LintEngine(ModelView.none()).lint(source, new StatementReader().script(script), false, Set.of(),
                (statement, finding) -> statement.location());
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw MigrationException.usage("lint: no SQL file " + file + ": give the path of a readable file");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw MigrationException.usage("cannot read " + file + " (" + e.getMessage() + "): give the path of a readable SQL file");
        }
    }
}
