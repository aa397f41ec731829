package org.somaagent.sa01.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void builtInDefaultsWithoutAnyConfiguration() {
        RunnerConfig config = new ConfigLoader(Map.of(), dir).load(null, null);
        assertThat(config.dsn().toString()).isEqualTo("postgresql://soma:****@localhost:5432/somaagent01");
        assertThat(config.schema()).isEqualTo("public");
        assertThat(config.versionTable()).isEqualTo("schema_version");
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void flagBeatsEnvironmentBeatsFileBeatsDefault() throws IOException {
        Files.writeString(dir.resolve("migrations.properties"), "dsn=postgresql://file@h/f\nlock_timeout=750ms\n");
        ConfigLoader loader = new ConfigLoader(Map.of("SA01_DB_DSN", "postgresql://env@h/e"), dir);
        assertThat(loader.load(null, "postgresql://flag@h/x").dsn().user()).isEqualTo("flag");
        assertThat(loader.load(null, null).dsn().user()).isEqualTo("env");
        assertThat(loader.load(null, null).lockTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(new ConfigLoader(Map.of(), dir).load(null, null).dsn().user()).isEqualTo("file");
    }

    @Test
    void environmentNamesAnotherPropertiesFile() throws IOException {
        Path other = Files.writeString(dir.resolve("other.properties"), "dsn=postgresql://other@h/o\nversion_table=my_versions\n");
        RunnerConfig config = new ConfigLoader(Map.of("SA01_MIGRATIONS_CONFIG", other.toString()), dir).load(null, null);
        assertThat(config.dsn().user()).isEqualTo("other");
        assertThat(config.versionLogTable()).isEqualTo("my_versions_log");
    }

    @Test
    void connectTimeoutFromEnvironmentInSeconds() {
        assertThat(new ConfigLoader(Map.of("SA01_DB_CONNECT_TIMEOUT", "3"), dir).load(null, null).connectTimeout())
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void emptyEnvironmentDsnIsAClearError() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("SA01_DB_DSN", ""), dir).load(null, null))
                .hasMessageContaining("SA01_DB_DSN is set but empty");
    }

    @Test
    void unreadableOrUnknownSettingsAreClearErrors() throws IOException {
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(dir.resolve("missing.properties"), null))
                .hasMessageContaining("cannot read the properties file").hasMessageContaining("no such file");
        Files.writeString(dir.resolve("migrations.properties"), "lock_timout=5s\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(null, null)).hasMessageContaining("unknown setting(s) [lock_timout]");
        Files.writeString(dir.resolve("migrations.properties"), "lock_timeout=soon\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(null, null)).hasMessageContaining("lock_timeout='soon' is not a duration");
        Files.writeString(dir.resolve("migrations.properties"), "schema=Public; drop\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of(), dir).load(null, null)).hasMessageContaining("not a lower-case SQL name");
    }
}
