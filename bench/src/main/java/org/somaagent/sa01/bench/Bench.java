package org.somaagent.sa01.bench;

import java.util.List;

/**
 * A group of figures {@code make bench} measures. BenchMain runs every group it lists, in order, and
 * puts their figures in one table: a new group is a class implementing this, added to that list.
 */
interface Bench {

    List<Figure> measure(BenchContext context) throws Exception;
}
