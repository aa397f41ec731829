package org.somaagent.sa01.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.pgvector.PGvector;
import java.sql.Connection;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.engine.types.PgTypes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One DSN, two ways in: jOOQ over JDBC and jOOQ over R2DBC, against the real server. */
@ExtendWith(FreshDatabase.class)
class ConnectionIT {

    private static final Field<PGvector> EMBEDDING = field(name("embedding"), PgTypes.vector(3));
    private static final Field<Integer> ID = field(name("id"), SQLDataType.INTEGER);

    @Test
    void jdbcSelectOneAndVectorRoundTrip(TestDatabase db) throws Exception {
        try (Connection connection = Database.connect(db.dsn(), Duration.ofSeconds(5))) {
            DSLContext dsl = DSL.using(connection, org.jooq.SQLDialect.POSTGRES);
            assertThat(dsl.selectOne().fetchOne(0, Integer.class)).isEqualTo(1);
            dsl.createTable("items").column(ID).column(EMBEDDING).execute();
            dsl.insertInto(table(name("items"))).columns(ID, EMBEDDING).values(1, new PGvector(new float[] {1f, 2.5f, -3f})).execute();
            PGvector back = dsl.select(EMBEDDING).from(table(name("items"))).where(ID.eq(1)).fetchOne(EMBEDDING);
            assertThat(back.toArray()).containsExactly(1f, 2.5f, -3f);
        }
    }

    @Test
    void r2dbcSelectOneAndVectorRoundTrip(TestDatabase db) {
        db.execute("create table items (id int, embedding vector(3))");
        DSLContext dsl = ReactiveDatabase.dsl(db.dsn());
        Integer one = Mono.from(dsl.selectOne()).map(r -> r.get(0, Integer.class)).block(Duration.ofSeconds(20));
        assertThat(one).isEqualTo(1);
        Integer inserted = Mono.from(dsl.insertInto(table(name("items"))).columns(ID, EMBEDDING)
                .values(7, new PGvector(new float[] {0.5f, 0f, 4f}))).block(Duration.ofSeconds(20));
        assertThat(inserted).isEqualTo(1);
        // The value comes back as pgvector's text form; r2dbc-postgresql has no codec for the vector type's OID.
        Field<String> asText = EMBEDDING.cast(SQLDataType.CLOB);
        String text = Flux.from(dsl.select(asText).from(table(name("items"))).where(ID.eq(7))).map(Record1::value1)
                .blockFirst(Duration.ofSeconds(20));
        assertThat(new PgVectorTextForm(text).values()).containsExactly(0.5f, 0f, 4f);
    }

    /** Parses through the same converter the binding uses. */
    private record PgVectorTextForm(String text) {
        float[] values() {
            return new org.somaagent.sa01.engine.types.PgVectorConverter().from(text).toArray();
        }
    }
}
