package org.somaagent.sa01.testing;

import java.util.Optional;
import org.somaagent.sa01.engine.config.Dsn;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Testcontainers path, for machines that have Docker and no local server: pgvector/pgvector:pg16,
 * or the image {@code SA01_TEST_POSTGRES_IMAGE} names (make docker-test: the local stand-in built the
 * same way where no registry serves the real one).
 */
final class OptionalContainer {

    private OptionalContainer() {}

    private static String image() {
        String image = System.getenv("SA01_TEST_POSTGRES_IMAGE");
        return image == null || image.isBlank() ? "pgvector/pgvector:pg16" : image;
    }

    static Optional<Dsn> start() {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            return Optional.empty();
        }
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
                DockerImageName.parse(image()).asCompatibleSubstituteFor("postgres"));
        container.start(); // stopped by Testcontainers' reaper when the JVM exits
        return Optional.of(Dsn.parse("postgresql://" + container.getUsername() + ":" + container.getPassword() + "@"
                + container.getHost() + ":" + container.getMappedPort(5432) + "/postgres"));
    }
}
