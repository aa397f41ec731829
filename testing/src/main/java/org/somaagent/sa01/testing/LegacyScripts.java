package org.somaagent.sa01.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The legacy init scripts in {@code ../shared/legacy-schema/} (reference data, read at test time,
 * never copied): builds a database as a deployment has it.
 */
public final class LegacyScripts {

    private LegacyScripts() {}

    public static Path directory() {
        Path dir = Path.of(System.getProperty("sa01.legacy.dir", "../shared/legacy-schema")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("legacy scripts not found at " + dir + ": the tests need ../shared/legacy-schema "
                    + "beside the checkout (or -Dsa01.legacy.dir=...)");
        }
        return dir;
    }

    /** The scripts in name order: 016_task_registry.sql ... 021_session_embeddings.sql. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Path> scripts = files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.sql")).sorted().toList();
            if (scripts.size() != 6) {
                throw new IllegalStateException("expected 6 legacy scripts in " + directory() + ", found " + scripts.size());
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the first {@code count} scripts, after the {@code sessions} table 021 refers to. */
    public static void apply(TestDatabase db, int count) {
        db.execute("create table sessions (session_id uuid primary key)");
        for (Path script : all().subList(0, count)) {
            try {
                db.execute(Files.readString(script));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
