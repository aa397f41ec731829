package org.somaagent.sa01.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Upstream somaAgent01's own Alembic port in {@code ../shared/upstream-alembic/} (reference data,
 * read at test time, never copied): its dumps {@code schema-00N.sql} restore a database as
 * upstream's {@code alembic upgrade 00N} left it.
 */
public final class UpstreamAlembic {

    private UpstreamAlembic() {}

    /** {@code -Dsa01.upstream.dir}, else {@code upstream-alembic} beside the legacy scripts' folder. */
    public static Path directory() {
        String configured = System.getProperty("sa01.upstream.dir");
        Path dir = (configured != null ? Path.of(configured) : LegacyScripts.directory().resolveSibling("upstream-alembic"))
                .toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("upstream Alembic dumps not found at " + dir + ": the tests need "
                    + "../shared/upstream-alembic beside the checkout (or -Dsa01.upstream.dir=...)");
        }
        return dir;
    }

    /**
     * Restores {@code schema-<revision>.sql} ({@code "001"}, {@code "002"}, {@code "003"}) into {@code db} with psql: the
     * dumps start with {@code \restrict}, which only psql (13.22, 14.19, 15.14, 16.10, 17.6 or later) runs.
     */
    public static void restore(TestDatabase db, String revision) {
        Path dump = directory().resolve("schema-" + revision + ".sql");
        try {
            Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", dump.toString(), db.dsn().toLibpqUri())
                    .redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes());
            if (!psql.waitFor(120, TimeUnit.SECONDS)) {
                psql.destroyForcibly();
                throw new IllegalStateException("psql restoring " + dump + " did not finish in 120 s");
            }
            if (psql.exitValue() != 0) {
                throw new IllegalStateException("psql restoring " + dump + " exited " + psql.exitValue() + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run psql (it must be on PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
