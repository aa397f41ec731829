package org.somaagent.sa01.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;

/**
 * Polls pg_locks every 2 ms from its own connection and records the longest continuous time any
 * sa01-migrate backend held an ACCESS EXCLUSIVE lock on a relation of the database.
 */
final class LockSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile double longestMs;

    LockSampler(Dsn database) {
        thread = Thread.ofPlatform().daemon().start(() -> sample(database));
    }

    private void sample(Dsn database) {
        String sql = """
                select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
                where a.application_name = 'sa01-migrate' and a.datname = ? and l.locktype = 'relation'
                and l.mode = 'AccessExclusiveLock' and l.granted""";
        try (Connection c = Connections.open(database.withDatabase("postgres"), Duration.ofSeconds(10));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, database.database());
            long heldSince = -1;
            while (running) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long now = System.nanoTime();
                    if (r.getLong(1) > 0) {
                        heldSince = heldSince < 0 ? now : heldSince;
                        longestMs = Math.max(longestMs, (now - heldSince) / 1e6);
                    } else {
                        heldSince = -1;
                    }
                }
                Thread.sleep(2);
            }
        } catch (Exception e) {
            throw new IllegalStateException("lock sampler failed", e);
        }
    }

    double longestMs() {
        return longestMs;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
