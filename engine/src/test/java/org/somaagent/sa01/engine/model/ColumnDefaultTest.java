package org.somaagent.sa01.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ColumnDefaultTest {

    @Test
    void decimalRendersExactlyAsWritten() {
        ColumnDefault zero = ColumnDefault.decimal("0.0");
        assertThat(DSL.using(SQLDialect.POSTGRES).render(zero.ddl())).isEqualTo("0.0");
        assertThat(zero.catalogText()).isEqualTo("0.0");
        assertThat(DSL.using(SQLDialect.POSTGRES).render(ColumnDefault.decimalLiteral("-12.50"))).isEqualTo("-12.50");
    }

    @Test
    void decimalRefusesAnythingButADecimalLiteral() {
        // the literal is printed into SQL verbatim, so nothing else may pass
        for (String bad : new String[] {"1e5", "0.0; drop table x", "", ".5", "1.", "NaN"}) {
            assertThatThrownBy(() -> ColumnDefault.decimalLiteral(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a decimal literal");
        }
    }
}
