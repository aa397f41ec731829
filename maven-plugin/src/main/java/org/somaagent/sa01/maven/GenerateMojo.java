package org.somaagent.sa01.maven;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.revision.Revision;
import org.somaagent.sa01.engine.revision.RevisionGraph;
import org.somaagent.sa01.engine.revision.SqlRenderer;
import org.somaagent.sa01.tooling.codegen.CodegenMain;

/**
 * Migrate-then-generate ({@code make codegen}): a scratch database (created through
 * {@code adminDsn}) brought to head by the revisions, jOOQ's generator run over it into
 * {@code outputDirectory}, added as a source root. Skipped when the revisions have not changed
 * since the last run. With {@code verifyCommitted}, the build fails when the classes in
 * {@code committedDirectory} differ from what head generates.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, configurator = "sa01")
public class GenerateMojo extends AbstractSa01Mojo {

    @Parameter(property = "sa01.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/sa01")
    File outputDirectory;

    /** Fail when {@code committedDirectory} differs from what head generates. */
    @Parameter(property = "sa01.verifyCommitted", defaultValue = "false")
    boolean verifyCommitted;

    /** The committed generated classes {@code verifyCommitted} compares with. */
    @Parameter(property = "sa01.committedDirectory", defaultValue = "${project.basedir}/src/generated/java")
    File committedDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    void run() throws Exception {
        RunnerConfig config = config();
        RevisionGraph graph = RevisionGraph.of(revisions(config));
        Path out = outputDirectory.toPath();
        Path stamp = out.resolveSibling(out.getFileName() + ".fingerprint");
        String fingerprint = fingerprint(config, graph);
        if (Files.isDirectory(out) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(fingerprint)) {
            info("generate: revisions unchanged since the last run; " + out + " is current");
        } else {
            Files.deleteIfExists(stamp);
            CodegenMain.generateAtHead(adminDsn(), config, graph, out);
            Files.writeString(stamp, fingerprint);
            info("generate: generated " + out + " at " + graph.head().map(Revision::id).orElse("base"));
        }
        if (project != null) {
            project.addCompileSourceRoot(out.toString());
        }
        if (verifyCommitted) {
            List<String> stale = CodegenMain.differences(out, committedDirectory.toPath());
            if (!stale.isEmpty()) {
                throw new MojoFailureException(CodegenMain.STALE.replace("run make codegen", "regenerate " + committedDirectory)
                        + " (" + String.join(", ", stale.subList(0, Math.min(5, stale.size()))) + (stale.size() > 5 ? ", ..." : "") + ")");
            }
            info("generate: " + committedDirectory + " matches head");
        }
    }

    /** What the generated classes depend on: every revision's rendered SQL, the schema and the version table. */
    static String fingerprint(RunnerConfig config, RevisionGraph graph) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((config.schema() + "\n" + config.versionTable() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Revision r : graph.chain()) {
            digest.update((r.id() + "\n").getBytes(StandardCharsets.UTF_8));
            r.upgrade().forEach(q -> digest.update((SqlRenderer.render(q) + ";\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
