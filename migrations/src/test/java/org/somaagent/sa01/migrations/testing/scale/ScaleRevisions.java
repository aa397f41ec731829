package org.somaagent.sa01.migrations.testing.scale;

import java.util.List;
import java.util.Optional;
import org.jooq.Query;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.revision.Baseline;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionSet;
import org.somaagent.sa01.engine.revision.SqlRenderer;

/**
 * A {@link ScaleSchema} of N tables as a revision set: one revision that creates it all with the
 * model's jOOQ DSL, which is also the baseline (so a copy built by plain SQL is adopted) and the
 * model at head (so check and autogenerate compare with it). The nested classes name the sizes
 * the bench and the tests use, for {@code revision_set}.
 */
public class ScaleRevisions implements RevisionSet {

    public static final String REVISION_ID = "0001_scale_schema";

    private final SchemaDef schema;

    public ScaleRevisions(int tables) {
        this.schema = ScaleSchema.of(tables);
    }

    public static final class Tables100 extends ScaleRevisions {
        public Tables100() {
            super(100);
        }
    }

    public static final class Tables1000 extends ScaleRevisions {
        public Tables1000() {
            super(1000);
        }
    }

    /** The revision set of that many tables, by the name of its class. */
    public static Class<? extends ScaleRevisions> named(int tables) {
        return switch (tables) {
            case 100 -> Tables100.class;
            case 1000 -> Tables1000.class;
            default -> throw new IllegalArgumentException("no revision set class of " + tables + " tables: add one beside Tables100");
        };
    }

    public SchemaDef schema() {
        return schema;
    }

    @Override
    public List<Revision> revisions() {
        return List.of(new Revision() {
            public String id() { return REVISION_ID; }
            public Optional<String> parent() { return Optional.empty(); }
            public String description() { return "somaAgent01's schema and generated tables, " + schema.tables().size() + " in all"; }
            public List<Query> upgrade() {
                return schema.objects().stream().flatMap(o -> o.create(SqlRenderer.offline()).stream()).toList();
            }
            public List<Query> downgrade() {
                return schema.objects().reversed().stream().flatMap((SchemaObject o) -> o.drop(SqlRenderer.offline()).stream()).toList();
            }
        });
    }

    @Override
    public Optional<Baseline> baseline() {
        return Optional.of(new Baseline(REVISION_ID, schema));
    }

    @Override
    public Optional<SchemaDef> model() {
        return Optional.of(schema);
    }
}
