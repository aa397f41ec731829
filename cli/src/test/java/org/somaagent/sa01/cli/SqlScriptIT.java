package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/** What --sql prints is what upgrade runs: psql fed the script builds the same catalog. */
@ExtendWith(FreshDatabase.class)
class SqlScriptIT {

    @Test
    void theSqlScriptFedToPsqlBuildsTheCatalogUpgradeBuilds(TestDatabase byPsql, TestDatabase byRunner, @TempDir Path dir) throws Exception {
        CliProcess.Result sql = CliProcess.run(Map.of(), "upgrade", "--sql");
        assertThat(sql.exitCode()).as(sql.output()).isZero();
        Path script = Files.writeString(dir.resolve("upgrade.sql"), sql.stdout());
        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script.toString(), byPsql.dsn().toLibpqUri())
                .redirectErrorStream(true).start();
        String psqlOutput = new String(psql.getInputStream().readAllBytes());
        assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(psql.exitValue()).as(psqlOutput).isZero();

        CliProcess.Result upgrade = CliProcess.run(Map.of("SA01_DB_DSN", byRunner.dsn().toLibpqUri()), "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.output()).isZero();

        assertThat(CatalogFingerprint.of(byPsql)).containsExactlyInAnyOrderElementsOf(CatalogFingerprint.of(byRunner));
    }
}
