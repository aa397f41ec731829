package org.somaagent.sa01.tooling.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.ColumnDef;
import org.somaagent.sa01.tooling.snapshots.SnapshotModel.TableDef;
import org.somaagent.sa01.tooling.source.JavaNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRendererTest {

    /** Regenerate with {@code -Dsnapshots.updateGolden=true} after an intended change. */
    private static final Path GOLDEN = Path.of("src/test/resources/snapshots/golden-r0001.txt");

    private final SnapshotRenderer renderer = new SnapshotRenderer();

    @Test
    void generatedSourceMatchesGoldenFile() throws IOException {
        String actual = concatenate(renderer.render(SampleModels.sample(), SampleModels.PACKAGE));
        if (Boolean.getBoolean("snapshots.updateGolden")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void sameModelInAnyOrderRendersTheSameBytes() {
        SnapshotModel sample = SampleModels.sample();
        SnapshotModel reversed = new SnapshotModel(sample.enums().reversed(), sample.tables().reversed());
        assertThat(renderer.render(reversed, SampleModels.PACKAGE))
                .isEqualTo(renderer.render(sample, SampleModels.PACKAGE));
    }

    @Test
    void fullSizeSchemaFitsTheBudgetAndCompiles(@TempDir Path workDir) throws IOException {
        Map<String, String> files = renderer.render(SampleModels.fullSize(), SampleModels.PACKAGE);
        long lines = files.values().stream().mapToLong(source -> source.lines().count()).sum();
        System.out.printf("12 tables / 110 columns / 5 enums: %d files, %d lines%n", files.size(), lines);
        assertThat(lines).isLessThan(400);
        InMemoryCompiler.compile(files, workDir).close();
    }

    @Test
    void unknownCatalogTypeFails() {
        SnapshotModel model = new SnapshotModel(List.of(),
                List.of(new TableDef("t", List.of(new ColumnDef("c", "tsvector", false)))));
        assertThatThrownBy(() -> renderer.render(model, SampleModels.PACKAGE))
                .hasMessageContaining("no snapshot mapping for catalog type tsvector");
    }

    @Test
    void javaNames() {
        assertThat(JavaNames.type("multimodal_assets")).isEqualTo("MultimodalAssets");
        assertThat(JavaNames.constant("multimodal_assets")).isEqualTo("MULTIMODAL_ASSETS");
        assertThat(JavaNames.constant("createdAt")).isEqualTo("CREATED_AT");
        assertThat(JavaNames.constant("video-clip")).isEqualTo("VIDEO_CLIP");
        assertThat(JavaNames.constant("4k")).isEqualTo("_4K");
    }

    private static String concatenate(Map<String, String> files) {
        return files.entrySet().stream()
                .map(file -> "// ==== " + file.getKey() + " ====\n" + file.getValue())
                .collect(Collectors.joining("\n"));
    }
}
