package org.somaagent.sa01.bench;

/** One row of the table: a measurement, the baseline measured in the same run, and its target. */
record Figure(String name, String measured, String baseline, String ratio, String target, boolean met) {

    static String header() {
        return "| figure | measured: median (min-max, n) | baseline, same run | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |\n";
    }

    String row() {
        return "| " + name + " | " + measured + " | " + baseline + " | " + ratio + " | " + target + " | " + (met ? "yes" : "**no**") + " |\n";
    }
}
