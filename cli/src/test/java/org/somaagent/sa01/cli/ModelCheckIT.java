package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.tooling.scratch.ModelCheckOperation;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.schema.Sa01Schema;
import org.somaagent.sa01.engine.model.ColumnType;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;

/** The check make test runs: the model and the revisions agree, and a model change without a revision is caught and named. */
@ExtendWith(FreshDatabase.class)
class ModelCheckIT {

    @Test
    void theModelMatchesHead(TestDatabase db) throws Exception {
        assertThat(ModelCheckOperation.run(FreshDatabase.admin(), db.config(), graph(), Sa01Schema.head())).isEmpty();
    }

    @Test
    void aModelChangeThatNoRevisionMakesFailsTheCheckAndIsNamed(TestDatabase db) throws Exception {
        List<SchemaObject> objects = new ArrayList<>();
        for (SchemaObject o : Sa01Schema.head().objects()) {
            if (o instanceof TableDef t && t.name().equals("prompts")) {
                List<org.somaagent.sa01.engine.model.Column> columns = new ArrayList<>(t.columns());
                columns.add(new org.somaagent.sa01.engine.model.Column("locale", ColumnType.TEXT, true, java.util.Optional.empty()));
                o = new TableDef(t.name(), columns, t.constraints(), t.comment());
            }
            objects.add(o);
        }
        List<String> differences = ModelCheckOperation.run(FreshDatabase.admin(), db.config(), graph(), new SchemaDef(objects));
        assertThat(differences).containsExactly("model vs head: column prompts.locale is missing");
    }

    @Test
    void theCliExits0ForTheProjectsModel(TestDatabase db) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of("SA01_ADMIN_DSN", FreshDatabase.admin().toLibpqUri()),
                "--dsn", db.dsn().toLibpqUri(), "check", "--model");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains("check: no differences");
    }

    private static RevisionGraph graph() {
        return RevisionGraph.of(new Sa01Revisions().revisions());
    }

}
