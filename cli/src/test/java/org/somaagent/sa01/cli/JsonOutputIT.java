package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;

/** {@code --output json}: one JSON document on stdout (python3's json module parses it), exit codes unchanged (docs/json-output.md). */
@ExtendWith(FreshDatabase.class)
class JsonOutputIT {

    /** stdout parsed by python3 and {@code expression} evaluated over it as {@code d}; returns what it prints. */
    static String py(String stdout, String expression) throws Exception {
        Process p = new ProcessBuilder("python3", "-c", "import json,sys; d=json.load(sys.stdin); print(" + expression + ")").start();
        p.getOutputStream().write(stdout.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("not one JSON document: %s%n%s", stdout, err).isZero();
        return out;
    }

    private static CliProcess.Result cli(TestDatabase db, String... args) throws Exception {
        String[] all = new String[args.length + 4];
        all[0] = "--dsn";
        all[1] = db.dsn().toLibpqUri();
        all[2] = "--output";
        all[3] = "json";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliProcess.run(Map.of(), all);
    }

    @Test
    void upgradeCurrentHistoryCheckAndDowngrade(TestDatabase db) throws Exception {
        String head = db.migrator().graph().head().orElseThrow().id();
        CliProcess.Result upgrade = cli(db, "upgrade");
        assertThat(upgrade.exitCode()).isZero();
        assertThat(py(upgrade.stdout(), "d['command'], d['ok'], d['to'], d['steps'][0]['operation'], d['from']"))
                .isEqualTo("upgrade True " + head + " upgrade None");
        assertThat(upgrade.stderr()).contains("upgrade: ");

        CliProcess.Result current = cli(db, "current");
        assertThat(py(current.stdout(), "d['current'], d['head'], d['atHead'], d['state']")).isEqualTo(head + " " + head + " True applied");

        CliProcess.Result history = cli(db, "history");
        assertThat(history.exitCode()).isZero();
        assertThat(py(history.stdout(), "d['revisions'][0]['revision'], d['revisions'][0]['state'], len(d['revisions'][0]['codeChecksum']) > 0"))
                .isEqualTo(db.migrator().graph().chain().get(0).id() + " applied True");

        CliProcess.Result clean = cli(db, "check");
        assertThat(clean.exitCode()).isZero();
        assertThat(py(clean.stdout(), "d['ok'], d['differences']")).isEqualTo("True []");

        db.execute("alter table multimodal_assets drop column mime_type");
        CliProcess.Result drift = cli(db, "check");
        assertThat(drift.exitCode()).isEqualTo(3);
        assertThat(py(drift.stdout(), "d['ok'], d['differences'][0]")).isEqualTo("False column multimodal_assets.mime_type is missing");

        CliProcess.Result down = cli(db, "downgrade", "base", "--allow-data-loss");
        assertThat(down.exitCode()).isZero();
        assertThat(py(down.stdout(), "d['command'], d['from'], d['to'], d['steps'][0]['operation']")).isEqualTo("downgrade " + head + " None downgrade");
    }

    @Test
    void errorsAreJsonWithTheirExitCode(TestDatabase db) throws Exception {
        CliProcess.Result failed = CliProcess.run(Map.of(), "--dsn", db.dsn().toLibpqUri(), "--output", "json",
                "--config", CliProcess.configWithRevisionSet(FailingRevisions.class).toString(), "upgrade");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(py(failed.stdout(), "d['command'], d['ok'], d['error']['kind'], d['error']['exitCode']")).isEqualTo("upgrade False failed 1");
        assertThat(py(failed.stdout(), "d['error']['message']")).contains("select 1 / 0");

        CliProcess.Result unreachable = CliProcess.run(Map.of("SA01_DB_CONNECT_TIMEOUT", "1"),
                "--dsn", "postgresql://u:hunter2@127.0.0.1:1/db", "--output", "json", "history");
        assertThat(unreachable.exitCode()).isEqualTo(4);
        assertThat(unreachable.stdout()).doesNotContain("hunter2");
        assertThat(py(unreachable.stdout(), "d['error']['kind'], d['error']['exitCode']")).isEqualTo("connect 4");

        CliProcess.Result usage = CliProcess.run(Map.of(), "--output", "json", "downgrade");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(py(usage.stdout(), "d['ok'], d['error']['kind']")).isEqualTo("False usage");
    }

    @Test
    void lint() throws Exception {
        CliProcess.Result lint = CliProcess.run(Map.of(), "--output", "json", "lint");
        assertThat(lint.exitCode()).isZero();
        assertThat(py(lint.stdout(), "d['command'], d['ok'], d['warnings']")).isEqualTo("lint True []");
    }
}
