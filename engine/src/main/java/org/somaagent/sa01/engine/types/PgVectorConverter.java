package org.somaagent.sa01.engine.types;

import com.pgvector.PGvector;
import java.sql.SQLException;
import org.jooq.impl.AbstractConverter;

/** Converts pgvector's text form ({@code [1,2,3]}) to {@link PGvector} and back. */
public final class PgVectorConverter extends AbstractConverter<Object, PGvector> {

    public PgVectorConverter() {
        super(Object.class, PGvector.class);
    }

    @Override
    public PGvector from(Object databaseObject) {
        if (databaseObject == null) {
            return null;
        }
        if (databaseObject instanceof PGvector vector) {
            return vector;
        }
        try {
            return new PGvector(databaseObject.toString());
        } catch (SQLException e) {
            throw new IllegalArgumentException("not a pgvector value: " + databaseObject, e);
        }
    }

    @Override
    public Object to(PGvector userObject) {
        return userObject == null ? null : userObject.getValue();
    }
}
