package org.somaagent.sa01.bench;

/** One row of the table: a measurement, the baseline measured in the same run, its target and verdict. */
record Figure(String name, String measured, String baseline, String ratio, String target, Verdict verdict) {

    enum Verdict {
        MET("yes"), MISSED("**no**");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    /** A figure whose target is at most {@code max} times a baseline measured in the same run. */
    static Figure ratio(String name, Samples measured, String baselineName, Samples baseline, double max) {
        double ratio = measured.median() / baseline.median();
        return new Figure(name, measured.describe(), baselineName + ": " + baseline.describe(), String.format("%.2fx", ratio),
                "<= " + (max == Math.rint(max) ? Integer.toString((int) max) : Double.toString(max)) + "x", Verdict.of(ratio <= max));
    }

    /** A figure whose target is to take less time than a baseline measured in the same run. */
    static Figure below(String name, Samples measured, String baselineName, Samples baseline) {
        double ratio = measured.median() / baseline.median();
        return new Figure(name, measured.describe(), baselineName + ": " + baseline.describe(), String.format("%.2fx", ratio),
                "< 1x", Verdict.of(ratio < 1));
    }

    static String header() {
        return "| figure | measured: median (min-max, n) | baseline, same run | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |\n";
    }

    String row() {
        return "| " + name + " | " + measured + " | " + baseline + " | " + ratio + " | " + target + " | " + verdict.text + " |\n";
    }
}
