package org.somaagent.sa01.engine.runner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * A session-level advisory lock that serialises runners on one schema. It is polled with
 * {@code pg_try_advisory_lock} against a deadline rather than blocked on (a blocked waiter is how
 * flyway/flyway#1654 deadlocked), and it is session-level on the runner's own connection, so no
 * transaction stays open while revisions run (flyway/flyway#3497). A crashed runner's lock goes
 * with its connection. Plain JDBC ({@link PlainSql}): it is taken on every run, at head too.
 */
public final class AdvisoryLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);
    /** "sa01" in ASCII: the high half of every key, so other tools' advisory locks do not collide. */
    private static final int CLASS_ID = 0x73613031;

    private final PlainSql sql;
    private final int objectId;
    private boolean held;

    private AdvisoryLock(PlainSql sql, int objectId) {
        this.sql = sql;
        this.objectId = objectId;
    }

    static AdvisoryLock acquire(PlainSql sql, String schema, String versionTable, Duration wait) {
        CRC32 crc = new CRC32();
        crc.update((schema + "." + versionTable).getBytes(StandardCharsets.UTF_8));
        AdvisoryLock lock = new AdvisoryLock(sql, (int) crc.getValue());
        lock.poll(wait);
        return lock;
    }

    private void poll(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean announced = false;
        long sleepMs = 50;
        while (!tryLock()) {
            if (!announced) {
                LOG.info("waiting for the migration lock held by another runner (backend pid {})", holderPid());
                announced = true;
            }
            if (System.nanoTime() > deadline) {
                throw MigrationException.failed("another sa01-migrate (backend pid " + holderPid() + ") held the migration lock for "
                        + wait.toSeconds() + " s: wait for it to finish, or raise lock_wait_timeout");
            }
            try {
                Thread.sleep(sleepMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw MigrationException.failed("interrupted while waiting for the migration lock");
            }
            sleepMs = Math.min(sleepMs * 2, 1000);
        }
        held = true;
    }

    private boolean tryLock() {
        return sql.value("select pg_try_advisory_lock(" + CLASS_ID + ", " + objectId + ")", Boolean.class);
    }

    private String holderPid() {
        // Advisory locks are per database: the same key is another lock in another database on the server.
        String pid = sql.value("select pid::text from pg_locks where locktype = 'advisory' and granted and classid = "
                + Integer.toUnsignedLong(CLASS_ID) + "::oid and objid = " + Integer.toUnsignedLong(objectId) + "::oid"
                + " and database = (select oid from pg_database where datname = current_database()) limit 1", String.class);
        return pid == null ? "?" : pid;
    }

    @Override
    public void close() {
        if (!held) {
            return;
        }
        held = false;
        try {
            sql.value("select pg_advisory_unlock(" + CLASS_ID + ", " + objectId + ")", Boolean.class);
        } catch (RuntimeException e) {
            // Do not hide the error already in flight; the lock goes with the connection anyway.
            LOG.warn("could not release the migration lock ({}); it is released when the connection closes", e.getMessage());
        }
    }
}
