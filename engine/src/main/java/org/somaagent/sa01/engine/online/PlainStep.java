package org.somaagent.sa01.engine.online;

import java.util.List;
import org.jooq.Query;

/** A step of ordinary statements, each run once, and the statements that undo them. */
record PlainStep(List<Query> queries, List<Query> undoQueries, boolean autocommit) implements OnlineStep {

    @Override
    public OnlineStep undo() {
        return new PlainStep(undoQueries, queries, autocommit);
    }
}
