package org.somaagent.sa01.tooling.snapshots;

import java.util.ArrayList;
import java.util.List;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.ColumnDef;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.EnumDef;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.TableDef;

/** Models the tests render: a small one covering every supported catalog type, and a full-size one. */
final class SampleModels {

    /** Not the real snapshots' package: the committed r0001 is on the test classpath and would shadow it. */
    static final String PACKAGE = "org.somaagent.sa01.tooling.snapshots.sample.r0001";

    private SampleModels() {}

    /** Given out of order on purpose: the renderer sorts tables and enums by name. */
    static SnapshotModel sample() {
        return new SnapshotModel(
                List.of(
                        new EnumDef("job_status", List.of("queued", "running", "done", "failed")),
                        new EnumDef("asset_kind", List.of("image", "audio", "video-clip"))),
                List.of(
                        new TableDef("prompts", List.of(
                                col("id", "uuid", true),
                                col("name", "character varying(255)", true),
                                col("body", "text", false),
                                col("version", "integer", true),
                                col("tags", "text[]", false),
                                col("metadata", "jsonb", false),
                                col("created_at", "timestamp with time zone", true))),
                        new TableDef("jobs", List.of(
                                col("id", "bigint", true),
                                col("status", "job_status", true),
                                col("priority", "smallint", false),
                                col("enabled", "boolean", true),
                                col("ratio", "real", false),
                                col("weight", "double precision", false),
                                col("cost", "numeric(10,2)", false),
                                col("score", "numeric", false),
                                col("run_at", "timestamp without time zone", false),
                                col("due_on", "date", false),
                                col("payload", "json", false))),
                        new TableDef("multimodal_assets", List.of(
                                col("id", "uuid", true),
                                col("kind", "asset_kind", true),
                                col("data", "bytea", false),
                                col("embedding", "vector(384)", false)))));
    }

    /** The size the budget is about: 12 tables, 110 columns, 5 enum types of 5 labels. */
    static SnapshotModel fullSize() {
        List<String> types = List.of("uuid", "text", "character varying(255)", "integer", "bigint", "boolean",
                "timestamp with time zone", "jsonb", "numeric(10,2)", "enum_0", "vector(384)");
        List<EnumDef> enums = new ArrayList<>();
        for (int e = 0; e < 5; e++) {
            enums.add(new EnumDef("enum_" + e, List.of("a", "b", "c", "d", "e")));
        }
        List<TableDef> tables = new ArrayList<>();
        int column = 0;
        for (int t = 0; t < 12; t++) {
            List<ColumnDef> columns = new ArrayList<>();
            for (int c = 0; c < (t < 2 ? 10 : 9); c++, column++) {
                columns.add(col("column_" + c, types.get(column % types.size()), c % 2 == 0));
            }
            tables.add(new TableDef("table_" + t, columns));
        }
        return new SnapshotModel(enums, tables);
    }

    private static ColumnDef col(String name, String type, boolean notNull) {
        return new ColumnDef(name, type, notNull);
    }
}
