package org.somaagent.sa01.tooling.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.somaagent.sa01.migrations.testing.ModelEdits.replaceColumn;
import static org.somaagent.sa01.migrations.testing.ModelEdits.withColumns;
import static org.somaagent.sa01.migrations.testing.ModelEdits.withConstraints;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.engine.model.Column;
import org.somaagent.sa01.engine.model.ColumnDefault;
import org.somaagent.sa01.engine.model.ColumnType;
import org.somaagent.sa01.engine.model.Constraint;
import org.somaagent.sa01.engine.model.EnumDef;
import org.somaagent.sa01.engine.model.IndexDef;
import org.somaagent.sa01.engine.model.SchemaDef;
import org.somaagent.sa01.engine.model.SchemaObject;
import org.somaagent.sa01.engine.model.TableDef;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.runner.CheckOperation;
import org.somaagent.sa01.engine.runner.DowngradeOperation;
import org.somaagent.sa01.engine.runner.RunnerSession;
import org.somaagent.sa01.engine.runner.UpgradeOperation;
import org.somaagent.sa01.migrations.testing.RevisionCompiler;
import org.somaagent.sa01.migrations.versions.R0001InitialSchema;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.ProjectFiles;
import org.somaagent.sa01.testing.TestDatabase;

/**
 * The source autogenerate writes, pinned per kind of change in
 * {@code src/test/resources/autogen/golden/<kind>.java.txt} ({@code -Dsa01.updateGolden=true}
 * rewrites them), then compiled against snapshot r0001 and applied to a scratch database: the
 * upgrade makes the database match the edited model, the downgrade restores the catalog.
 *
 * <p>Every case edits the frozen legacy baseline (the schema at 0001) and autogenerates against a
 * database at 0001, so the goldens do not move when revisions are added: each is revision 0002
 * written against {@code snapshots.r0001}.
 */
@ExtendWith(FreshDatabase.class)
class AutogenerateGoldenIT {

    private static final String PARENT = "0001_initial_schema";
    private static final RevisionGraph AT_0001 = RevisionGraph.of(List.of(new R0001InitialSchema()));
    private static final String GOLDEN = "tooling/src/test/resources/autogen/golden/";

    @Test
    void addTable(TestDatabase db) throws Exception {
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
        roundTrip(db, "add_table", baseline().add(notes).build());
    }

    @Test
    void dropTable(TestDatabase db) throws Exception {
        roundTrip(db, "drop_table", baseline().remove(o -> o instanceof TableDef t && t.name().equals("tenant_tool_flags")).build());
    }

    @Test
    void addNullableColumn(TestDatabase db) throws Exception {
        roundTrip(db, "add_column_nullable", baseline().table("prompts", t -> withColumns(t, cols -> {
            cols.add(new Column("locale", ColumnType.TEXT, true, Optional.empty()));
            return cols;
        })).build());
    }

    @Test
    void addColumnWithDefault(TestDatabase db) throws Exception {
        roundTrip(db, "add_column_default", baseline().table("prompts", t -> withColumns(t, cols -> {
            cols.add(new Column("locale", ColumnType.TEXT, false, Optional.of(ColumnDefault.text("en"))));
            return cols;
        })).build());
    }

    @Test
    void addNotNullColumn(TestDatabase db) throws Exception {
        roundTrip(db, "add_column_not_null", baseline().table("task_artifacts", t -> withColumns(t, cols -> {
            cols.add(new Column("revision", ColumnType.INTEGER, false, Optional.empty()));
            return cols;
        })).build());
    }

    @Test
    void dropColumn(TestDatabase db) throws Exception {
        roundTrip(db, "drop_column", baseline().table("task_artifacts",
                t -> withColumns(t, cols -> { cols.removeIf(c -> c.name().equals("signed_by")); return cols; })).build());
    }

    @Test
    void alterType(TestDatabase db) throws Exception {
        roundTrip(db, "alter_type", baseline().table("prompts", t -> withColumns(t,
                cols -> replaceColumn(cols, "name", c -> new Column(c.name(), ColumnType.TEXT, c.nullable(), c.defaultValue())))).build());
    }

    @Test
    void addIndex(TestDatabase db) throws Exception {
        roundTrip(db, "add_index", baseline().add(IndexDef.partial("idx_mm_outcomes_failed", "multimodal_outcomes",
                DSL.field(DSL.name("success")).eq(DSL.inline(false)), DSL.field(DSL.name("provider")), DSL.field(DSL.name("timestamp")).desc()))
                .build());
    }

    @Test
    void dropIndex(TestDatabase db) throws Exception {
        roundTrip(db, "drop_index", baseline().remove(o -> o instanceof IndexDef i && i.name().equals("idx_mm_assets_created")).build());
    }

    @Test
    void addUnique(TestDatabase db) throws Exception {
        roundTrip(db, "add_unique", baseline().table("task_artifacts", t -> withConstraints(t, cs -> {
            cs.add(new Constraint.Unique("task_artifacts_sha256_key", List.of("sha256")));
            return cs;
        })).build());
    }

    @Test
    void addCheck(TestDatabase db) throws Exception {
        roundTrip(db, "add_check", baseline().table("task_artifacts", t -> withConstraints(t, cs -> {
            cs.add(new Constraint.Check("task_artifacts_sha256_length", DSL.length(DSL.field(DSL.name("sha256"), String.class)).eq(DSL.inline(64))));
            return cs;
        })).build());
    }

    @Test
    void addForeignKey(TestDatabase db) throws Exception {
        roundTrip(db, "add_foreign_key", baseline().table("multimodal_outcomes", t -> withConstraints(t, cs -> {
            cs.add(new Constraint.ForeignKey("multimodal_outcomes_plan_id_fkey", List.of("plan_id"), "multimodal_job_plans", List.of("id"),
                    Constraint.OnDelete.CASCADE));
            return cs;
        })).build());
    }

    /** An index the database has under another name with the same definition (a database taken over from Alembic): renamed, not recreated. */
    @Test
    void renameIndex(TestDatabase db) throws Exception {
        roundTrip(db, "rename_index", baseline().replace(o -> o instanceof IndexDef i && i.name().equals("ix_session_embeddings_vector"),
                o -> { IndexDef i = (IndexDef) o; return new IndexDef("session_embeddings_vector_idx", i.table(), i.keys(), i.method(), i.where(), i.storageParameters()); })
                .build());
    }

    @Test
    void renameConstraint(TestDatabase db) throws Exception {
        roundTrip(db, "rename_constraint", baseline().table("session_embeddings", t -> withConstraints(t, cs -> {
            cs.replaceAll(c -> c instanceof Constraint.Unique u ? new Constraint.Unique("session_embeddings_session_text_key", u.columns()) : c);
            return cs;
        })).build());
    }

    @Test
    void dropComment(TestDatabase db) throws Exception {
        roundTrip(db, "drop_comment", baseline().table("multimodal_assets",
                t -> new TableDef(t.name(), t.columns(), t.constraints(), Optional.empty())).build());
    }

    @Test
    void addEnumType(TestDatabase db) throws Exception {
        roundTrip(db, "add_enum_type", baseline().add(EnumDef.of("review_state", "draft", "approved", "rejected")).build());
    }

    @Test
    void addEnumLabelWhichTheDowngradeLeaves(TestDatabase db) throws Exception {
        SchemaDef model = baseline().replace(o -> o instanceof EnumDef e && e.name().equals("asset_type"),
                o -> EnumDef.of("asset_type", "image", "video", "diagram", "screenshot", "document", "audio")).build();
        Set<String> before = apply(db, "add_enum_label", model);
        Set<String> after = CatalogFingerprint.of(db);
        assertThat(after).contains("enum asset_type image,video,diagram,screenshot,document,audio");
        after.remove("enum asset_type image,video,diagram,screenshot,document,audio");
        before.remove("enum asset_type image,video,diagram,screenshot,document");
        assertThat(after).isEqualTo(before);
    }

    private static void roundTrip(TestDatabase db, String kind, SchemaDef model) throws Exception {
        Set<String> before = apply(db, kind, model);
        assertThat(CatalogFingerprint.of(db)).as("the downgrade of " + kind + " restores the catalog").isEqualTo(before);
    }

    /**
     * Renders the revision, compares it with its golden file, compiles and applies it: the upgrade
     * leaves no difference from {@code model}; returns the catalog before it, the database downgraded again.
     */
    private static Set<String> apply(TestDatabase db, String kind, SchemaDef model) throws Exception {
        String className = "R0002Golden" + Arrays.stream(kind.split("_")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
        RevisionFile file = new RevisionFile("0002_golden_" + kind, className, Optional.of(PARENT), "golden: " + kind.replace('_', ' '));
        String source = Autogenerate.source(FreshDatabase.admin(), db.config(), AT_0001, model, file).orElseThrow();
        Path golden = ProjectFiles.resolve(GOLDEN + kind + ".java.txt");
        if (Boolean.getBoolean("sa01.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, source);
        }
        assertThat(golden).as("golden file (-Dsa01.updateGolden=true writes it)").exists();
        assertThat(source).as(kind + " as rendered; -Dsa01.updateGolden=true rewrites the golden file").isEqualTo(Files.readString(golden));
        assertThat(source).contains("import static org.somaagent.sa01.migrations.snapshots.r0001.Snapshot.*;");

        Revision revision = RevisionCompiler.compile(className, source);
        List<Revision> revisions = new ArrayList<>(AT_0001.chain());
        revisions.add(revision);
        try (RunnerSession session = RunnerSession.open(db.config(), RevisionGraph.of(revisions))) {
            UpgradeOperation.run(session, PARENT);
            Set<String> before = CatalogFingerprint.of(db);
            UpgradeOperation.run(session, "head");
            assertThat(CheckOperation.compare(session, model)).as(source).isEmpty();
            assertThat(CatalogFingerprint.of(db)).as("the upgrade of " + kind + " changes the catalog").isNotEqualTo(before);
            DowngradeOperation.run(session, "-1", true);
            return before;
        }
    }

    /** Edits of the frozen baseline: the schema the revisions are autogenerated against (a database at 0001). */
    private static Edits baseline() {
        return new Edits(new ArrayList<>(Sa01Revisions.LEGACY.schema().objects()));
    }

    private record Edits(List<SchemaObject> objects) {
        Edits add(SchemaObject object) {
            objects.add(object);
            return this;
        }

        Edits remove(Predicate<SchemaObject> which) {
            objects.removeIf(which);
            return this;
        }

        Edits table(String name, UnaryOperator<TableDef> change) {
            objects.replaceAll(o -> o instanceof TableDef t && t.name().equals(name) ? change.apply(t) : o);
            return this;
        }

        Edits replace(Predicate<SchemaObject> which, UnaryOperator<SchemaObject> change) {
            objects.replaceAll(o -> which.test(o) ? change.apply(o) : o);
            return this;
        }

        SchemaDef build() {
            return new SchemaDef(objects);
        }
    }
}
