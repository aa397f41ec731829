package org.somaagent.sa01.testing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/** A revision made of a few statements, for test revision sets. */
public record TestRevision(String id, Optional<String> parent, Function<DSLContext, List<Query>> up,
                           Function<DSLContext, List<Query>> down) implements Revision {

    public static TestRevision of(String id, String parent, Function<DSLContext, List<Query>> up, Function<DSLContext, List<Query>> down) {
        return new TestRevision(id, Optional.ofNullable(parent), up, down);
    }

    public static TestRevision empty(String id, String parent) {
        return of(id, parent, dsl -> List.of(), dsl -> List.of());
    }

    public String description() {
        return "test revision " + id;
    }

    public List<Query> upgrade() {
        return up.apply(SqlRenderer.offline());
    }

    public List<Query> downgrade() {
        return down.apply(SqlRenderer.offline());
    }
}
