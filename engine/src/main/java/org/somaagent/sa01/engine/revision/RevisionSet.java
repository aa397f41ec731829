package org.somaagent.sa01.engine.revision;

import java.util.List;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * An explicit list of revisions (no classpath scanning): the project's own, or a test's. The
 * runner loads the one the configuration names ({@code revision_set}).
 */
public interface RevisionSet {

    List<Revision> revisions();

    static RevisionSet load(String className) {
        try {
            Class<?> type = Class.forName(className);
            return (RevisionSet) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw MigrationException.usage("revision_set '" + className + "' is not a RevisionSet class on the classpath");
        }
    }
}
