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
     * dumps start with {@code \restrict}, which only psql (13.22, 14.19, 15.14, 16.10, 17.6 or later) runs. One
     * transaction, so that a restore refused for want of lock table space (the server is shared with other
     * test runs, some of which lock a thousand tables at once) leaves nothing behind and is tried again.
     */
    public static void restore(TestDatabase db, String revision) {
        Path dump = directory().resolve("schema-" + revision + ".sql");
        for (int attempt = 1; ; attempt++) {
            String failure = psql(dump, db);
            if (failure == null) {
                return;
            }
            if (!failure.contains("out of shared memory") || attempt == 3) {
                throw new IllegalStateException("psql restoring " + dump + " failed: " + failure);
            }
            sleep(2000L * attempt);
        }
    }

    /** Runs the dump in one transaction; null when it succeeded, else psql's exit code and output. */
    private static String psql(Path dump, TestDatabase db) {
        try {
            Process psql = new ProcessBuilder("psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-f", dump.toString(), db.dsn().toLibpqUri())
                    .redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes());
            if (!psql.waitFor(120, TimeUnit.SECONDS)) {
                psql.destroyForcibly();
                throw new IllegalStateException("psql restoring " + dump + " did not finish in 120 s");
            }
            return psql.exitValue() == 0 ? null : "exit " + psql.exitValue() + ": " + output;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run psql (it must be on PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
