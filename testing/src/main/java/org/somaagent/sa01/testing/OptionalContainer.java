package org.somaagent.sa01.testing;

import java.util.Optional;
import org.somaagent.sa01.engine.config.Dsn;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The Testcontainers path, for machines that have Docker and no local server: pgvector/pgvector:pg16. */
final class OptionalContainer {

    private OptionalContainer() {}

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
                DockerImageName.parse("pgvector/pgvector:pg16").asCompatibleSubstituteFor("postgres"));
        container.start(); // stopped by Testcontainers' reaper when the JVM exits
        return Optional.of(Dsn.parse("postgresql://" + container.getUsername() + ":" + container.getPassword() + "@"
                + container.getHost() + ":" + container.getMappedPort(5432) + "/postgres"));
    }
}
