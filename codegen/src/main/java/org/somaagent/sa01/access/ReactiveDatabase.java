package org.somaagent.sa01.access;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.somaagent.sa01.engine.config.Dsn;

/** Asynchronous access from the same {@link Dsn}: an R2DBC {@link ConnectionFactory} and a jOOQ context over it. */
public final class ReactiveDatabase {

    private ReactiveDatabase() {}

    public static ConnectionFactory connectionFactory(Dsn dsn) {
        return ConnectionFactories.get(R2dbcSettings.of(dsn));
    }

    /** Queries built from this context run reactively: {@code Flux.from(dsl.select(...))}. */
    public static DSLContext dsl(Dsn dsn) {
        return DSL.using(connectionFactory(dsn), SQLDialect.POSTGRES);
    }
}
