package org.somaagent.sa01.migrations.testing.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.revision.BuildChecksums;
import org.somaagent.sa01.engine.revision.Checksums;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.schema.Sa01Schema;

/** The generated schema keeps the real one's proportions, and is one PostgreSQL can create in order. */
class ScaleSchemaTest {

    private static final SchemaDef THOUSAND = ScaleSchema.of(1000);

    @Test
    void startsWithTheRealSchemaAndHasTheAskedNumberOfTables() {
        List<TableDef> real = Sa01Schema.head().tables();
        assertThat(THOUSAND.tables()).hasSize(1000);
        assertThat(THOUSAND.tables().subList(0, real.size())).isEqualTo(real);
        assertThat(ScaleSchema.of(real.size()).objects()).isEqualTo(Sa01Schema.head().objects());
    }

    @Test
    void columnsIndexesForeignKeysAndEnumsPerTableAreTheRealOnes() {
        ScaleSchema.Proportions real = ScaleSchema.realProportions();
        ScaleSchema.Proportions scaled = ScaleSchema.Proportions.of(THOUSAND);
        double factor = 1000.0 / real.tables();
        assertThat((double) scaled.columns()).isCloseTo(real.columns() * factor, within(real.columns() * 0.02));
        assertThat((double) scaled.indexes()).isCloseTo(real.indexes() * factor, within(real.indexes() * 0.02));
        assertThat((double) scaled.foreignKeys()).isCloseTo(real.foreignKeys() * factor, within(Math.max(2, real.foreignKeys() * 0.02)));
        assertThat((double) scaled.enums()).isCloseTo(real.enums() * factor, within(Math.max(2, real.enums() * 0.02)));
    }

    @Test
    void namesFitPostgresqlAndForeignKeysPointOnlyToTablesCreatedBefore() {
        Set<String> created = new HashSet<>();
        for (var object : THOUSAND.objects()) {
            assertThat(object.name().length()).as(object.describe()).isLessThanOrEqualTo(63);
            if (object instanceof TableDef table) {
                created.add(table.name());
                table.constraints().stream().filter(c -> c instanceof Constraint.ForeignKey).map(c -> (Constraint.ForeignKey) c)
                        .forEach(fk -> assertThat(created).as(fk.name()).contains(fk.referencedTable()));
            }
        }
    }

    @Test
    void theTestJarCarriesTheSetsRenderedChecksums() {
        for (int tables : List.of(100, 1000)) {
            Class<? extends ScaleRevisions> set = ScaleRevisions.named(tables);
            Revision only = new ScaleRevisions(tables).revisions().getFirst();
            assertThat(BuildChecksums.load(set)).as("run the build (mvn process-test-classes) to rewrite them")
                    .isEqualTo(Map.of(only.id(), Checksums.of(only)));
        }
    }
}
