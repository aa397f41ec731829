package org.somaagent.sa01.engine.revision;

import java.util.List;
import java.util.Optional;
import org.somaagent.sa01.engine.error.MigrationException;
import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * What a schema brings to the engine, listed explicitly (no classpath scanning): its revisions,
 * the pre-existing schema its first revision adopts, another tool's version table it takes over, and the desired schema at head that
 * {@code check} and autogenerate compare with. The runner loads the one the configuration names
 * ({@code revision_set}).
 */
public interface RevisionSet {

    List<Revision> revisions();

    /** The schema that existed before the revisions; empty when databases always start empty. */
    default Optional<Baseline> baseline() {
        return Optional.empty();
    }

    /** Another tool's version table whose databases the first upgrade takes over; empty when there is none. */
    default Optional<ForeignVersions> foreignVersions() {
        return Optional.empty();
    }

    /** The desired schema at head; empty when the set declares none (then {@code check} cannot run). */
    default Optional<SchemaDef> model() {
        return Optional.empty();
    }

    static RevisionSet load(String className) {
        try {
            Class<?> type = Class.forName(className);
            return (RevisionSet) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw MigrationException.usage("revision_set '" + className + "' is not a RevisionSet class on the classpath");
        }
    }
}
