package org.somaagent.sa01.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/** The goals' mojo classes run as Maven runs them (fields set, execute()), against real databases. */
@ExtendWith(FreshDatabase.class)
class GoalsIT {

    @TempDir
    Path dir;

    /** The info lines a goal logged. */
    static final class Lines extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    }

    private <T extends AbstractSa01Mojo> T mojo(T mojo, TestDatabase db) {
        mojo.dsn = DsnParameter.of(db.dsn().toLibpqUri());
        mojo.basedir = dir.toFile();
        mojo.connectTimeout = "10s";
        mojo.setLog(new Lines());
        return mojo;
    }

    private static List<String> lines(AbstractSa01Mojo mojo) {
        return ((Lines) mojo.getLog()).lines;
    }

    @Test
    void upgradeThenInfoThenSecondUpgradeAppliesNothing(TestDatabase db) throws Exception {
        UpgradeMojo upgrade = mojo(new UpgradeMojo(), db);
        upgrade.target = "head";
        upgrade.execute();
        String head = db.migrator().graph().head().orElseThrow().id();
        assertThat(db.migrator().current()).hasValueSatisfying(e -> assertThat(e.revisionId()).isEqualTo(head));

        InfoMojo info = mojo(new InfoMojo(), db);
        info.execute();
        assertThat(lines(info).get(0)).isEqualTo("current: " + head + " (head)");
        assertThat(lines(info).get(1)).startsWith("REVISION").contains("STATE");
        assertThat(lines(info)).anyMatch(l -> l.startsWith(head) && l.contains("applied"));

        UpgradeMojo again = mojo(new UpgradeMojo(), db);
        again.target = "head";
        again.execute();
        assertThat(db.migrator().history()).filteredOn(e -> e.applied().isPresent()).hasSize(db.migrator().graph().chain().size());
    }

    @Test
    void failedRevisionIsBuildFailureWithStatementAndPostgresMessage(TestDatabase db) {
        UpgradeMojo upgrade = mojo(new UpgradeMojo(), db);
        upgrade.target = "head";
        upgrade.revisionSet = FailingRevisions.class.getName();
        assertThatThrownBy(upgrade::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("select 1 / 0").hasMessageContaining("division by zero")
                .hasMessageContaining(FailingRevisions.GOOD);
    }

    @Test
    void checkFailsTheBuildNamingTheDroppedColumn(TestDatabase db) throws Exception {
        db.migrator().upgrade("head");
        CheckMojo clean = mojo(new CheckMojo(), db);
        clean.execute();
        assertThat(lines(clean)).containsExactly("check: no differences");

        db.execute("alter table multimodal_assets drop column mime_type");
        CheckMojo drifted = mojo(new CheckMojo(), db);
        assertThatThrownBy(drifted::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("check: ").hasMessageContaining("multimodal_assets").hasMessageContaining("mime_type");
    }

    @Test
    void downgradeRefusesDataLossThenStampRepairs(TestDatabase db) throws Exception {
        db.migrator().upgrade("head");
        DowngradeMojo noTarget = mojo(new DowngradeMojo(), db);
        assertThatThrownBy(noTarget::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("needs a target");

        db.execute("insert into multimodal_assets (tenant_id, asset_type, format, checksum_sha256, mime_type, storage_path) "
                + "select 't', (enum_range(null::asset_type))[1], 'png', 'x', 'image/png', '/a'");
        DowngradeMojo down = mojo(new DowngradeMojo(), db);
        down.target = "base";
        assertThatThrownBy(down::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("allow-data-loss");

        StampMojo stamp = mojo(new StampMojo(), db);
        stamp.target = "base";
        stamp.execute();
        assertThat(db.migrator().current()).isEmpty();
    }

    @Test
    void configurationErrorsAreBuildErrorsWithoutThePassword(TestDatabase db) throws Exception {
        InfoMojo bad = mojo(new InfoMojo(), db);
        bad.dsn = DsnParameter.of("postgresql://soma:hunter2@127.0.0.1:1/nowhere");
        bad.connectTimeout = "2s";
        assertThatThrownBy(bad::execute).isInstanceOf(MojoExecutionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));

        InfoMojo unknownKey = mojo(new InfoMojo(), db);
        unknownKey.lockTimeout = "soon";
        assertThatThrownBy(unknownKey::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("lock_timeout");

        InfoMojo skipped = mojo(new InfoMojo(), db);
        skipped.dsn = DsnParameter.of("not a dsn");
        skipped.skip = true;
        skipped.execute();
        assertThat(lines(skipped)).containsExactly("sa01: skipped (skip=true)");
    }

    @Test
    void serverIdSuppliesTheCredentials(TestDatabase db) throws Exception {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("sa01-db");
        server.setUsername(db.dsn().user());
        server.setPassword("from-settings");
        settings.addServer(server);
        InfoMojo info = mojo(new InfoMojo(), db);
        info.dsn = DsnParameter.of(db.dsn().withCredentials("nobody", null).toLibpqUri());
        info.serverId = "sa01-db";
        info.settings = settings;
        info.execute();
        assertThat(lines(info).get(0)).isEqualTo("current: base (no revision applied)");

        InfoMojo missing = mojo(new InfoMojo(), db);
        missing.serverId = "absent";
        missing.settings = settings;
        assertThatThrownBy(missing::execute).isInstanceOf(MojoExecutionException.class).hasMessageContaining("absent");
    }

    @Test
    void lintPassesOnTheProjectsRevisions(TestDatabase db) throws Exception {
        LintMojo lint = mojo(new LintMojo(), db);
        lint.versionsDir = new File(dir.toFile(), "none");
        lint.execute();
        assertThat(lines(lint)).last().isEqualTo("lint: 0 warning(s)");
    }

    @Test
    void dsnParameterNeverShowsThePassword() {
        assertThat(DsnParameter.of("postgresql://soma:secret@db:5432/x")).hasToString("postgresql://soma:****@db:5432/x");
        assertThat(DsnParameter.of("postgresql://soma:secret@db:notaport/x").toString()).doesNotContain("secret");
        assertThat(Files.exists(dir)).isTrue();
    }
}
