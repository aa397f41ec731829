package org.somaagent.sa01.migrations.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.runner.MigrationResult;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TableDigests;
import org.somaagent.sa01.testing.TestDatabase;

/** A table someone created with another shape is adopted without failing; check then lists how it differs. */
@ExtendWith(FreshDatabase.class)
class DriftIT {

    @Test
    void adoptsATableOfAnotherShapeAndCheckListsItsDifferences(TestDatabase db) throws Exception {
        db.execute("""
                create table tool_catalog (
                    name varchar(100) primary key,
                    description text,
                    parameters_schema jsonb not null,
                    legacy_flag boolean default false);
                insert into tool_catalog (name, description, parameters_schema) values ('mine', 'kept', '{}');
                create type asset_type as enum ('image', 'video', 'diagram', 'screenshot', 'document', 'audio');
                """);
        String before = TableDigests.of(db).get("tool_catalog");

        MigrationResult result = db.migrator().upgrade("head");

        List<String> adopted = result.steps().get(0).differences();
        assertThat(adopted).anySatisfy(d -> assertThat(d).contains("column tool_catalog.name is character varying(100)"))
                .anySatisfy(d -> assertThat(d).contains("column tool_catalog.description is nullable"))
                .anySatisfy(d -> assertThat(d).contains("has column legacy_flag"))
                .anySatisfy(d -> assertThat(d).contains("type asset_type has labels [image, video, diagram, screenshot, document, audio]"));
        assertThat(result.steps().get(0).created()).contains("column tool_catalog.enabled", "column tool_catalog.profiles");
        assertThat(db.dsl().fetchValue("select count(*) from tool_catalog where name = 'mine' and description = 'kept'"))
                .isEqualTo(1L);

        List<String> check = db.migrator().check();
        assertThat(check).anySatisfy(d -> assertThat(d).contains("tool_catalog.name is character varying(100)"))
                .anySatisfy(d -> assertThat(d).contains("legacy_flag"))
                .noneSatisfy(d -> assertThat(d).contains("is not applied"));
        assertThat(TableDigests.of(db).get("tool_catalog")).isNotEqualTo(before); // seed rows were added beside 'mine'
    }
}
