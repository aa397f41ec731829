package org.somaagent.sa01.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;

/**
 * Polls pg_locks every 2 ms from its own connection, one query for all its watches, and records for
 * each the longest continuous time a lock it describes was there: by default, any sa01-migrate
 * backend holding an ACCESS EXCLUSIVE lock on a relation of the database.
 */
final class LockSampler implements AutoCloseable {

    /** Locks of one application's backends: held ({@code granted}) or waited for; of these modes (none: any); on relations only, or on anything (rows too). */
    record Watch(String application, boolean granted, List<String> modes, boolean relationsOnly) {

        static Watch heldByRunner(String... modes) {
            return new Watch("sa01-migrate", true, List.of(modes), true);
        }

        /** Any lock a backend of {@code application} waits for: a table's, a row's (a transaction id). */
        static Watch waitedForBy(String application) {
            return new Watch(application, false, List.of(), false);
        }
    }

    /** The modes that block the application's writes (those conflicting with ROW EXCLUSIVE). */
    static final String[] WRITE_BLOCKING = {"ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"};

    private final Thread thread;
    private final List<Watch> watches;
    private final double[] longestMs;
    private volatile boolean running = true;

    LockSampler(Dsn database) {
        this(database, Watch.heldByRunner("AccessExclusiveLock"));
    }

    LockSampler(Dsn database, Watch... watches) {
        this.watches = List.of(watches);
        this.longestMs = new double[watches.length];
        thread = Thread.ofPlatform().daemon().start(() -> sample(database));
    }

    private void sample(Dsn database) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < watches.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("count(*) filter (where a.application_name = ? and l.granted = ?"
                    + " and (cardinality(?::text[]) = 0 or l.mode = any(?::text[])) and (not ? or l.locktype = 'relation'))");
        }
        sql.append(" from pg_locks l join pg_stat_activity a on a.pid = l.pid where a.datname = ?");
        try (Connection c = Connections.open(database.withDatabase("postgres"), Duration.ofSeconds(10));
             PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Watch w : watches) {
                var modes = c.createArrayOf("text", w.modes().toArray());
                s.setString(p++, w.application());
                s.setBoolean(p++, w.granted());
                s.setArray(p++, modes);
                s.setArray(p++, modes);
                s.setBoolean(p++, w.relationsOnly());
            }
            s.setString(p, database.database());
            long[] since = new long[watches.size()];
            java.util.Arrays.fill(since, -1);
            while (running) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long now = System.nanoTime();
                    for (int i = 0; i < watches.size(); i++) {
                        if (r.getLong(i + 1) > 0) {
                            since[i] = since[i] < 0 ? now : since[i];
                            longestMs[i] = Math.max(longestMs[i], (now - since[i]) / 1e6);
                        } else {
                            since[i] = -1;
                        }
                    }
                }
                Thread.sleep(2);
            }
        } catch (Exception e) {
            throw new IllegalStateException("lock sampler failed", e);
        }
    }

    /** The first watch's longest continuous time, in ms. */
    double longestMs() {
        return longestMs(0);
    }

    double longestMs(int watch) {
        return longestMs[watch];
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
