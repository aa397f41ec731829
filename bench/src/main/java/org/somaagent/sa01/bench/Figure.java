package org.somaagent.sa01.bench;

/** One row of the table: a measurement, the baseline measured in the same run, its target and verdict. */
record Figure(String name, String measured, String baseline, String ratio, String target, Verdict verdict) {

    /**
     * FLOOR: the whole-process target is out of reach because the JVM and CLI start-up alone, measured
     * in the same run, leave too little; the runner's time above that floor meets the target, and
     * docs/benchmarks.md shows the profile of where the time goes.
     */
    enum Verdict {
        MET("yes"), FLOOR("no: start-up floor (profile below); above it, yes"), MISSED("**no**");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    static String header() {
        return "| figure | measured: median (min-max, n) | baseline, same run | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |\n";
    }

    String row() {
        return "| " + name + " | " + measured + " | " + baseline + " | " + ratio + " | " + target + " | " + verdict.text + " |\n";
    }
}
