// The source RevisionLinterTest's R0002AddPromptIndex stands for: lint names the line that names the index.
class R0002AddPromptIndex {
    List<Query> upgrade() {
        return List.of(DSL.createIndex("prompts_version_idx").on("prompts", "version"));
    }
}
