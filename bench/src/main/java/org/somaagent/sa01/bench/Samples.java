package org.somaagent.sa01.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.util.Statistics;

/** Repeated measurements of one figure, in milliseconds: median and spread (min to max). */
record Samples(List<Double> ms) {

    static final int RUNS = 7;

    interface Run {
        double measure() throws Exception;
    }

    static Samples of(Run run) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ms.add(run.measure());
        }
        return new Samples(ms);
    }

    /**
     * Several figures measured in alternation, one round at a time after one unrecorded round, so a
     * figure and its baseline see the same machine (a checkpoint, another process) rather than one
     * of them taking all of a slow stretch.
     */
    static List<Samples> interleaved(Run... runs) throws Exception {
        return interleaved(RUNS, true, runs);
    }

    /**
     * As {@link #interleaved(Run...)}, with fewer rounds for figures whose one run costs seconds, and
     * without the unrecorded round where nothing is left to warm (each run builds a whole schema).
     */
    static List<Samples> interleaved(int rounds, boolean warmUp, Run... runs) throws Exception {
        List<List<Double>> ms = new ArrayList<>();
        for (Run run : runs) {
            if (warmUp) {
                run.measure();
            }
            ms.add(new ArrayList<>());
        }
        for (int i = 0; i < rounds; i++) {
            for (int r = 0; r < runs.length; r++) {
                ms.get(r).add(runs[r].measure());
            }
        }
        return ms.stream().map(Samples::new).toList();
    }

    /** JMH's measurements of one benchmark, which are already in milliseconds (its OutputTimeUnit). */
    static Samples of(Statistics statistics) {
        List<Double> ms = new ArrayList<>();
        statistics.getRawData().forEachRemaining(e -> {
            for (long i = 0; i < e.getValue(); i++) {
                ms.add(e.getKey());
            }
        });
        return new Samples(ms);
    }

    double median() {
        List<Double> sorted = ms.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String describe() {
        double min = ms.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = ms.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format("%.0f ms (%.0f-%.0f, n=%d)", median(), min, max, ms.size());
    }
}
