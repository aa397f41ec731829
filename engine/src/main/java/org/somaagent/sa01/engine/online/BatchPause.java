package org.somaagent.sa01.engine.online;

import java.time.Duration;

/**
 * How long a backfill waits after each batch, so the application's transactions get the machine
 * and the WAL between batches: at least {@code fixed}, and at least {@code niceRatio} times the
 * batch's own time (gh-ost's "nice ratio"), so a backfill slows down by itself when the database is
 * busy and its batches take longer.
 */
record BatchPause(Duration fixed, double niceRatio) {

    static final BatchPause NONE = new BatchPause(Duration.ZERO, 0);

    BatchPause {
        if (fixed.isNegative()) {
            throw new IllegalArgumentException("the pause between batches cannot be negative");
        }
        if (!(niceRatio >= 0) || Double.isInfinite(niceRatio)) {
            throw new IllegalArgumentException("the nice ratio must be a number of at least 0, not " + niceRatio);
        }
    }

    BatchPause withFixed(Duration pause) {
        return new BatchPause(pause, niceRatio);
    }

    BatchPause withNiceRatio(double ratio) {
        return new BatchPause(fixed, ratio);
    }

    /** The pause after a batch that took {@code batch}. */
    Duration after(Duration batch) {
        Duration nice = Duration.ofNanos((long) (batch.toNanos() * niceRatio));
        return nice.compareTo(fixed) > 0 ? nice : fixed;
    }
}
