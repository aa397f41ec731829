package org.somaagent.sa01.tooling.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.somaagent.sa01.migrations.testing.ModelEdits.replaceColumn;
import static org.somaagent.sa01.migrations.testing.ModelEdits.withColumns;
import static org.somaagent.sa01.migrations.testing.ModelEdits.withConstraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.CheckOperation;
import org.somaagent.sa01.engine.runner.DowngradeOperation;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.migrations.testing.ModelEdits;
import org.somaagent.sa01.migrations.testing.RevisionCompiler;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.schema.Sa01Schema;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.ColumnDefault;
import org.somaagent.sa01.engine.model.ColumnType;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.TableDef;

/**
 * One test per kind of change: change a copy of the model, autogenerate, compile the revision,
 * apply it to a real database; check then finds no difference, and its downgrade returns the
 * catalog to what it was.
 */
@ExtendWith(FreshDatabase.class)
class AutogenerateIT {

    private static final RevisionGraph HEAD = RevisionGraph.of(new Sa01Revisions().revisions());
    /** The revision a generated one follows: the project's head. */
    private static final String PARENT = HEAD.head().orElseThrow().id();

    @Test
    void addTableWithUniqueCheckAndForeignKey(TestDatabase db) throws Exception {
        TableDef notes = TableDef.named("release_notes")
                .notNull("id", ColumnType.UUID, ColumnDefault.genRandomUuid())
                .notNull("prompt_id", ColumnType.UUID)
                .notNull("version", ColumnType.INTEGER, ColumnDefault.integer(1))
                .nullable("body", ColumnType.TEXT)
                .primaryKey("release_notes_pkey", "id")
                .unique("release_notes_prompt_version_key", "prompt_id", "version")
                .check("release_notes_version_check", DSL.field(DSL.name("version")).gt(DSL.inline(0)))
                .foreignKey("release_notes_prompt_id_fkey", "prompt_id", "prompts", "id", Constraint.OnDelete.CASCADE)
                .comment("Notes per prompt version")
                .build();
        roundTrip(db, "add release notes", ModelEdits.ofHead().add(notes).build());
    }

    @Test
    void dropTable(TestDatabase db) throws Exception {
        roundTrip(db, "drop tenant tool flags",
                ModelEdits.ofHead().remove(o -> o instanceof TableDef t && t.name().equals("tenant_tool_flags")).build());
    }

    @Test
    void addColumn(TestDatabase db) throws Exception {
        roundTrip(db, "add prompt locale", ModelEdits.ofHead().table("prompts", t -> withColumns(t, cols -> {
            cols.add(new Column("locale", ColumnType.TEXT, false, Optional.of(ColumnDefault.text("en"))));
            return cols;
        })).build());
    }

    @Test
    void dropColumn(TestDatabase db) throws Exception {
        roundTrip(db, "drop signed by", ModelEdits.ofHead().table("task_artifacts",
                t -> withColumns(t, cols -> { cols.removeIf(c -> c.name().equals("signed_by")); return cols; })).build());
    }

    @Test
    void changeType(TestDatabase db) throws Exception {
        roundTrip(db, "prompt names as text", ModelEdits.ofHead().table("prompts", t -> withColumns(t,
                cols -> replaceColumn(cols, "name", c -> new Column(c.name(), ColumnType.TEXT, c.nullable(), c.defaultValue())))).build());
    }

    @Test
    void changeNullability(TestDatabase db) throws Exception {
        roundTrip(db, "prompt created at required", ModelEdits.ofHead().table("prompts", t -> withColumns(t,
                cols -> replaceColumn(cols, "created_at", c -> new Column(c.name(), c.type(), false, c.defaultValue())))).build());
    }

    @Test
    void changeDefault(TestDatabase db) throws Exception {
        roundTrip(db, "tools cost medium by default", ModelEdits.ofHead().table("tool_catalog", t -> withColumns(t,
                cols -> replaceColumn(cols, "cost_impact", c -> new Column(c.name(), c.type(), c.nullable(),
                        Optional.of(ColumnDefault.text("medium")))))).build());
    }

    @Test
    void addIndexDescendingAndPartial(TestDatabase db) throws Exception {
        roundTrip(db, "index failed outcomes", ModelEdits.ofHead().add(IndexDef.partial("idx_mm_outcomes_failed", "multimodal_outcomes",
                DSL.field(DSL.name("success")).eq(DSL.inline(false)), DSL.field(DSL.name("provider")), DSL.field(DSL.name("timestamp")).desc()))
                .build());
    }

    @Test
    void dropIndex(TestDatabase db) throws Exception {
        roundTrip(db, "drop created index", ModelEdits.ofHead().remove(o -> o instanceof IndexDef i && i.name().equals("idx_mm_assets_created")).build());
    }

    @Test
    void addUniqueAndCheckOnAnExistingTable(TestDatabase db) throws Exception {
        roundTrip(db, "artifact checks", ModelEdits.ofHead().table("task_artifacts", t -> withConstraints(t, cs -> {
            cs.add(new Constraint.Unique("task_artifacts_sha256_key", List.of("sha256")));
            cs.add(new Constraint.Check("task_artifacts_sha256_length", DSL.length(DSL.field(DSL.name("sha256"), String.class)).eq(DSL.inline(64))));
            return cs;
        })).build());
    }

    @Test
    void addForeignKey(TestDatabase db) throws Exception {
        roundTrip(db, "outcomes belong to plans", ModelEdits.ofHead().table("multimodal_outcomes", t -> withConstraints(t, cs -> {
            cs.add(new Constraint.ForeignKey("multimodal_outcomes_plan_id_fkey", List.of("plan_id"), "multimodal_job_plans", List.of("id"),
                    Constraint.OnDelete.CASCADE));
            return cs;
        })).build());
    }

    @Test
    void dropConstraint(TestDatabase db) throws Exception {
        roundTrip(db, "any task kind", ModelEdits.ofHead().table("task_registry", t -> withConstraints(t, cs -> {
            cs.removeIf(c -> c.name().equals("task_registry_kind_check"));
            return cs;
        })).build());
    }

    @Test
    void addEnumLabelWhichTheDowngradeCannotRemove(TestDatabase db) throws Exception {
        SchemaDef model = ModelEdits.ofHead().replace(o -> o instanceof EnumDef e && e.name().equals("asset_type"),
                o -> EnumDef.of("asset_type", "image", "video", "diagram", "screenshot", "document", "audio")).build();
        Set<String> before = apply(db, "audio assets", model);
        Set<String> after = CatalogFingerprint.of(db);
        assertThat(after).contains("enum asset_type image,video,diagram,screenshot,document,audio");
        after.remove("enum asset_type image,video,diagram,screenshot,document,audio");
        before.remove("enum asset_type image,video,diagram,screenshot,document");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anUnchangedModelGivesNoRevision(TestDatabase db) {
        RevisionFile file = RevisionFile.next(HEAD, "noop");
        assertThat(Autogenerate.source(FreshDatabase.admin(), db.config(), HEAD, Sa01Schema.head(), file)).isEmpty();
    }

    /** Generates, compiles and applies the revision; check finds nothing; the downgrade restores the catalog. */
    private static void roundTrip(TestDatabase db, String message, SchemaDef model) throws Exception {
        Set<String> before = apply(db, message, model);
        assertThat(CatalogFingerprint.of(db)).isEqualTo(before);
    }

    /** Returns the catalog before the new revision; leaves the database downgraded to that point again. */
    private static Set<String> apply(TestDatabase db, String message, SchemaDef model) throws Exception {
        RevisionFile file = RevisionFile.next(HEAD, message);
        String source = Autogenerate.source(FreshDatabase.admin(), db.config(), HEAD, model, file).orElseThrow();
        assertThat(source).contains("REVIEW IT", "public final class " + file.className(), "Optional.of(\"" + PARENT + "\")");
        Revision revision = RevisionCompiler.compile(file.className(), source);
        List<Revision> revisions = new ArrayList<>(HEAD.chain());
        revisions.add(revision);
        RevisionGraph extended = RevisionGraph.of(revisions);
        try (RunnerSession session = RunnerSession.open(db.config(), extended)) {
            UpgradeOperation.run(session, PARENT);
            Set<String> before = CatalogFingerprint.of(db);
            UpgradeOperation.run(session, "head");
            assertThat(CheckOperation.compare(session, model)).as(source).isEmpty();
            DowngradeOperation.run(session, "-1", true);
            return before;
        }
    }
}
