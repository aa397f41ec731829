package org.somaagent.sa01.engine.revision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Each revision's checksum, computed when the revision set's jar is built ({@link #main}, run by the
 * build at process-classes: see migrations/pom.xml) and shipped as a resource beside its classes.
 * A run that only verifies applied revisions (every deploy at head) then compares strings instead of
 * rendering every revision with jOOQ. A set built without the resource is rendered at run time, as
 * before; {@code BuildChecksumsTest} keeps the resource equal to the rendering.
 */
public final class BuildChecksums {

    private BuildChecksums() {}

    /** Where the checksums of a revision set live on its class path. */
    static String resource(Class<?> revisionSet) {
        return "META-INF/sa01/checksums/" + revisionSet.getName() + ".properties";
    }

    /** Revision id to checksum as the set's build computed them; empty when the set was built without. */
    public static Map<String, String> load(Class<?> revisionSet) {
        try (InputStream in = revisionSet.getClassLoader().getResourceAsStream(resource(revisionSet))) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> checksums = new HashMap<>();
            properties.forEach((id, checksum) -> checksums.put((String) id, (String) checksum));
            return checksums;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(revisionSet), e);
        }
    }

    /** Renders every revision of the set and writes their checksums under a class-output directory. */
    public static Path write(RevisionSet set, Path classes) throws IOException {
        StringBuilder lines = new StringBuilder("# written by the build (BuildChecksums): revision id = SHA-256 of its rendered upgrade SQL\n");
        for (Revision revision : RevisionGraph.of(set.revisions()).chain()) {
            lines.append(revision.id()).append('=').append(Checksums.of(revision)).append('\n');
        }
        Path file = classes.resolve(resource(set.getClass()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, lines, StandardCharsets.ISO_8859_1);
        return file;
    }

    /** {@code BuildChecksums REVISION_SET_CLASS CLASS_OUTPUT_DIRECTORY}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildChecksums REVISION_SET_CLASS CLASS_OUTPUT_DIRECTORY");
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        write(RevisionSet.load(args[0]), Path.of(args[1]));
    }
}
