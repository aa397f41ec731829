package org.somaagent.sa01.engine.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.QOM;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/** One step of a revision. */
public sealed interface Change {

    /** The statements this step runs when the object is created or the query executed, for --sql and checksums. */
    List<Query> queries(DSLContext dsl);

    /** The table this step drops, for the data-loss guard of downgrades. */
    Optional<String> droppedTable();

    /**
     * Make sure a declared object exists: create it when absent; when present, create only its
     * missing parts that lose nothing (adoption of databases the legacy scripts built).
     */
    record Ensure(SchemaObject object) implements Change {
        public List<Query> queries(DSLContext dsl) { return object.create(dsl); }
        public Optional<String> droppedTable() { return Optional.empty(); }
    }

    /** Drop a declared object. */
    record Drop(SchemaObject object) implements Change {
        public List<Query> queries(DSLContext dsl) { return object.drop(dsl); }
        public Optional<String> droppedTable() {
            return object instanceof TableDef t ? Optional.of(t.name()) : Optional.empty();
        }
    }

    /** Run a statement as it is. */
    record Execute(Query query) implements Change {
        public List<Query> queries(DSLContext dsl) { return List.of(query); }
        public Optional<String> droppedTable() {
            return query instanceof QOM.DropTable drop ? Optional.of(drop.$table().getName()) : Optional.empty();
        }
    }

    static List<Change> ensureAll(SchemaDef schema) {
        return schema.objects().stream().<Change>map(Ensure::new).toList();
    }

    /** Drops in reverse creation order, so dependents go first. */
    static List<Change> dropAll(SchemaDef schema) {
        List<Change> drops = new ArrayList<>(schema.objects().stream().<Change>map(Drop::new).toList());
        Collections.reverse(drops);
        return drops;
    }

    static List<Change> execute(Query... queries) {
        return List.of(queries).stream().<Change>map(Execute::new).toList();
    }
}
