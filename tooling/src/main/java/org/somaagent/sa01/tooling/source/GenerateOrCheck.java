package org.somaagent.sa01.tooling.source;

import java.nio.file.Path;
import java.util.List;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * The command line {@code make codegen} and {@code make snapshots} share: {@code generate DIR}
 * writes the generated sources, {@code check DIR} exits 1 naming the committed files that differ
 * from what a scratch database (through {@link AdminDsn}) generates.
 */
public final class GenerateOrCheck {

    /** Writes the generated sources into a directory. */
    public interface Generation {
        void run(Dsn admin, Path directory) throws Exception;
    }

    /** The committed files under a directory that differ from what is generated; empty when current. */
    public interface Comparison {
        List<String> staleFiles(Dsn admin, Path directory) throws Exception;
    }

    /**
     * What one tool prints: its name, what its directory argument is, the sentence a stale tree gets,
     * how many stale files to name, and what "current" means for it.
     */
    public record Texts(String tool, String mainClass, String directory, String stale, int namesShown, String currentMeans) {}

    private GenerateOrCheck() {}

    /** Runs the command and exits: 0 done, 1 stale, 2 usage, else the error kind's code. */
    public static void main(String[] args, Texts texts, Generation generation, Comparison comparison) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length != 2 || !List.of("generate", "check").contains(args[0])) {
            System.err.println("usage: " + texts.mainClass() + " generate|check " + texts.directory() + " (admin DSN from " + AdminDsn.ENV + ")");
            System.exit(2);
        }
        Path directory = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("generate")) {
                generation.run(AdminDsn.resolve(null), directory);
                System.out.println(texts.tool() + ": generated into " + directory);
                return;
            }
            List<String> stale = comparison.staleFiles(AdminDsn.resolve(null), directory);
            if (!stale.isEmpty()) {
                int shown = Math.min(texts.namesShown(), stale.size());
                System.err.println(texts.stale() + " (" + String.join(", ", stale.subList(0, shown)) + (stale.size() > shown ? ", ..." : "") + ")");
                System.exit(1);
            }
            System.out.println(texts.tool() + ": " + directory + " matches " + texts.currentMeans());
        } catch (MigrationException e) {
            System.err.println(texts.tool() + ": " + e.getMessage());
            System.exit(e.kind().exitCode());
        }
    }
}
