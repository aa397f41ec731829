package org.somaagent.sa01.engine.types;

import com.pgvector.PGvector;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.Objects;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.impl.DSL;

/**
 * Binds pgvector's {@code vector} to {@link PGvector}: values travel as text and are cast with
 * {@code ::vector}, which works the same over JDBC and R2DBC (jOOQ has no built-in pgvector type,
 * see jOOQ/jOOQ#16220; this is the value/converter/binding triad jOOQ's own extensions use).
 */
public final class PgVectorBinding implements Binding<Object, PGvector> {

    private static final PgVectorConverter CONVERTER = new PgVectorConverter();

    @Override
    public Converter<Object, PGvector> converter() {
        return CONVERTER;
    }

    @Override
    public void sql(BindingSQLContext<PGvector> ctx) {
        ctx.render().visit(DSL.val(ctx.convert(converter()).value())).sql("::vector");
    }

    @Override
    public void register(BindingRegisterContext<PGvector> ctx) throws java.sql.SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARCHAR);
    }

    @Override
    public void set(BindingSetStatementContext<PGvector> ctx) throws java.sql.SQLException {
        ctx.statement().setString(ctx.index(), Objects.toString(ctx.convert(converter()).value(), null));
    }

    @Override
    public void set(BindingSetSQLOutputContext<PGvector> ctx) throws java.sql.SQLException {
        throw new SQLFeatureNotSupportedException("vector in SQLOutput");
    }

    @Override
    public void get(BindingGetResultSetContext<PGvector> ctx) throws java.sql.SQLException {
        ctx.convert(converter()).value(ctx.resultSet().getString(ctx.index()));
    }

    @Override
    public void get(BindingGetStatementContext<PGvector> ctx) throws java.sql.SQLException {
        ctx.convert(converter()).value(ctx.statement().getString(ctx.index()));
    }

    @Override
    public void get(BindingGetSQLInputContext<PGvector> ctx) throws java.sql.SQLException {
        throw new SQLFeatureNotSupportedException("vector in SQLInput");
    }
}
