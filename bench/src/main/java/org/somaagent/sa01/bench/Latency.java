package org.somaagent.sa01.bench;

import java.util.Arrays;

/** Latency of a set of transactions: how many, median, 99th percentile and maximum, in milliseconds. */
record Latency(int count, double p50, double p99, double max) {

    static Latency of(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Latency(0, 0, 0, 0);
        }
        return new Latency(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    }

    /** Nearest rank. */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)] / 1000.0;
    }
}
