package org.somaagent.sa01.cli.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;
import org.yaml.snakeyaml.Yaml;

/** docker/compose.yaml, parsed as YAML: the migrator gates the application, postgres has pgvector and no init scripts. */
class ComposeFileTest {

    /** A compose value with its {@code ${VAR:-default}} references resolved to their defaults, as with no such variable set. */
    static String withDefaults(Object value) {
        return value.toString().replaceAll("\\$\\{[A-Z0-9_]+:-([^}]*)}", "$1");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ProjectFiles.resolve("docker/compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Object>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertThat(service).as("service %s", name).isNotNull();
        return service;
    }

    @Test
    void postgresHasPgvectorAHealthcheckAndNoInitScripts() throws IOException {
        Map<String, Object> postgres = service("postgres");
        assertThat(withDefaults(postgres.get("image"))).startsWith("pgvector/pgvector:");
        assertThat(postgres).containsKey("healthcheck");
        for (Object service : services().values()) {
            Object volumes = ((Map<?, ?>) service).get("volumes");
            assertThat(volumes == null ? List.of() : (List<?>) volumes)
                    .noneSatisfy(v -> assertThat(v.toString()).contains("docker-entrypoint-initdb.d"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void migrateWaitsForAHealthyPostgresAndTheAppWaitsForMigrateToSucceed() throws IOException {
        Map<String, Object> migrateDeps = (Map<String, Object>) service("migrate").get("depends_on");
        assertThat((Map<String, Object>) migrateDeps.get("postgres")).containsEntry("condition", "service_healthy");
        Map<String, Object> appDeps = (Map<String, Object>) service("app").get("depends_on");
        assertThat((Map<String, Object>) appDeps.get("migrate")).containsEntry("condition", "service_completed_successfully");
    }

    @Test
    void noTopLevelNameWhichDockerCompose129Rejects() throws IOException {
        try (Reader reader = Files.newBufferedReader(ProjectFiles.resolve("docker/compose.yaml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            assertThat(compose.keySet()).containsOnly("services", "volumes");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHostNetworkOverrideOnlyMovesServicesToTheHostNetwork() throws IOException {
        try (Reader reader = Files.newBufferedReader(ProjectFiles.resolve("docker/compose.host-network.yaml"))) {
            Map<String, Object> override = new Yaml().load(reader);
            Map<String, Object> services = (Map<String, Object>) override.get("services");
            assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(services().keySet());
            services.values().forEach(s -> assertThat((Map<String, Object>) s).containsEntry("network_mode", "host")
                    .doesNotContainKeys("image", "environment", "env_file", "depends_on"));
        }
    }

    @Test
    void secretsComeFromAnEnvFileNotInline() throws IOException {
        for (String name : List.of("postgres", "migrate", "app")) {
            Map<String, Object> service = service(name);
            assertThat(service).containsKey("env_file").doesNotContainKey("environment");
        }
        assertThat(Files.readString(ProjectFiles.resolve("docker/compose.yaml"))).doesNotContainIgnoringCase("password=");
    }
}
