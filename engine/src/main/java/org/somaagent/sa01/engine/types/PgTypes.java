package org.somaagent.sa01.engine.types;

import com.pgvector.PGvector;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DefaultDataType;
import org.jooq.impl.SQLDataType;

/** jOOQ data types PostgreSQL has but jOOQ's {@code SQLDataType} does not name. */
public final class PgTypes {

    private PgTypes() {}

    /**
     * pgvector's {@code vector(dimensions)}. Declared on a VARCHAR base because jOOQ renders a length
     * only for types it knows to have one (it strips "(384)" from an unknown type's name).
     */
    public static DataType<PGvector> vector(int dimensions) {
        return new DefaultDataType<>(SQLDialect.POSTGRES, SQLDataType.VARCHAR, "vector").length(dimensions)
                .asConvertedDataType(new PgVectorBinding());
    }

    /** A PostgreSQL type known only by name (enums, {@code bigserial}): rendered as the name. */
    public static <T> DataType<T> named(String typeName, Class<T> javaType) {
        return new DefaultDataType<>(SQLDialect.POSTGRES, javaType, typeName);
    }
}
