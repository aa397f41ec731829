package org.somaagent.sa01.cli.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.testing.ProjectFiles;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/k8s/migrate-init-container.yaml, parsed as YAML (no kubectl here): well-formed objects,
 * and the init container runs the image, command and environment that compose and the Dockerfile use.
 */
class KubernetesManifestTest {

    private static List<Map<String, Object>> documents() throws IOException {
        try (Reader reader = Files.newBufferedReader(ProjectFiles.resolve("docker/k8s/migrate-init-container.yaml"))) {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : new Yaml().loadAll(reader)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) doc;
                docs.add(map);
            }
            return docs;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> initContainer() throws IOException {
        Map<String, Object> deployment = documents().stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> podSpec = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        List<Map<String, Object>> init = list(podSpec.get("initContainers"));
        assertThat(init).hasSize(1);
        assertThat(list(podSpec.get("containers"))).isNotEmpty();
        return init.get(0);
    }

    @Test
    void everyDocumentIsAKubernetesObject() throws IOException {
        assertThat(documents()).hasSize(2).allSatisfy(doc -> {
            assertThat(doc).containsKeys("apiVersion", "kind", "metadata");
            assertThat(map(doc.get("metadata"))).containsKey("name");
        });
        Map<String, Object> deployment = documents().get(1);
        Map<String, Object> spec = map(deployment.get("spec"));
        assertThat(map(map(spec.get("selector")).get("matchLabels")))
                .isEqualTo(map(map(map(spec.get("template")).get("metadata")).get("labels")));
    }

    @Test
    void theInitContainerRunsComposesImageAndCommand() throws IOException {
        Map<String, Object> migrate = ComposeFileTest.service("migrate");
        Map<String, Object> init = initContainer();
        assertThat(init.get("image")).isEqualTo(ComposeFileTest.withDefaults(migrate.get("image")));
        assertThat(init.get("args")).isEqualTo(migrate.get("command"));
        assertThat(init).doesNotContainKey("command"); // the image's entrypoint stays
        Matcher cmd = Pattern.compile("(?m)^CMD \\[(.*)]$").matcher(Files.readString(ProjectFiles.resolve("docker/Dockerfile")));
        assertThat(cmd.find()).isTrue();
        assertThat(cmd.group(1).replace("\"", "").split(",\\s*")).containsExactlyElementsOf(asStrings(init.get("args")));
    }

    @Test
    void theInitContainerHasTheEnvironmentOfTheEnvFileWithTheDsnFromASecret() throws IOException {
        List<Map<String, Object>> env = list(initContainer().get("env"));
        List<String> names = env.stream().map(e -> (String) e.get("name")).toList();
        List<String> example = Files.readAllLines(ProjectFiles.resolve("docker/sa01.env.example")).stream()
                .filter(l -> l.startsWith("SA01_")).map(l -> l.substring(0, l.indexOf('='))).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(example);
        Map<String, Object> dsn = env.stream().filter(e -> "SA01_DB_DSN".equals(e.get("name"))).findFirst().orElseThrow();
        assertThat(dsn).doesNotContainKey("value").containsKey("valueFrom");
        assertThat(map(initContainer().get("securityContext"))).containsEntry("runAsNonRoot", true)
                .containsEntry("allowPrivilegeEscalation", false);
    }

    private static List<String> asStrings(Object value) {
        return ((List<?>) value).stream().map(Object::toString).toList();
    }
}
