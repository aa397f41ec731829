package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.engine.config.Dsn;

/**
 * Alembic as upstream somaAgent01 runs it (Debian's python3-alembic, asyncpg; see
 * ../shared/upstream-alembic/README.md): a project folder made at run time with upstream's env.py,
 * an alembic.ini and either upstream's revisions 001-003 or N trivial revision files. The DSN comes
 * from SA01_DB_DSN, as upstream's env.py reads it.
 */
final class AlembicProject {

    private final Path dir;

    private AlembicProject(Path dir) {
        this.dir = dir;
    }

    /** Upstream's own revisions, copied as they are from the reference folder. */
    static AlembicProject upstream(Path upstream) throws Exception {
        AlembicProject project = create();
        for (String file : List.of("001_initial_schema.py", "002_add_run_receipts.py", "003_add_agent_skins.py")) {
            Files.copy(upstream.resolve(file), project.versions().resolve(file));
        }
        Files.copy(upstream.resolve("env.py"), project.dir.resolve("migrations/env.py"));
        return project;
    }

    /** {@code count} revision files, each creating one small table, chained; with upstream's env.py. */
    static AlembicProject trivial(Path upstream, int count) throws Exception {
        AlembicProject project = create();
        for (int n = 1; n <= count; n++) {
            Files.writeString(project.versions().resolve(String.format("%03d_bench_%d.py", n, n)), String.join("\n",
                    "from alembic import op",
                    "revision = '" + String.format("%03d", n) + "'",
                    "down_revision = " + (n == 1 ? "None" : "'" + String.format("%03d", n - 1) + "'"),
                    "branch_labels = None",
                    "depends_on = None",
                    "def upgrade() -> None:",
                    "    op.execute('create table bench_" + n + " (id integer)')",
                    "def downgrade() -> None:",
                    "    op.execute('drop table bench_" + n + "')",
                    ""));
        }
        Files.copy(upstream.resolve("env.py"), project.dir.resolve("migrations/env.py"));
        return project;
    }

    private static AlembicProject create() throws Exception {
        Path dir = Files.createTempDirectory("sa01-bench-alembic");
        Files.createDirectories(dir.resolve("migrations/versions"));
        // env.py calls logging.config.fileConfig on this file: it needs the logging sections
        Files.writeString(dir.resolve("alembic.ini"), String.join("\n",
                "[alembic]", "script_location = migrations", "",
                "[loggers]", "keys = root", "", "[handlers]", "keys = console", "", "[formatters]", "keys = generic", "",
                "[logger_root]", "level = WARN", "handlers = console", "",
                "[handler_console]", "class = StreamHandler", "args = (sys.stderr,)", "formatter = generic", "",
                "[formatter_generic]", "format = %(levelname)s %(message)s", ""));
        return new AlembicProject(dir);
    }

    private Path versions() {
        return dir.resolve("migrations/versions");
    }

    /**
     * {@code python3 -m alembic upgrade head} as the bench's role on a database, run in the project folder
     * (which puts it on sys.path), with Debian's python3, whose packages these are (scripts/bench-peers.sh
     * installs them); its wall time in ms.
     */
    double upgradeHead(BenchContext context, Dsn database) throws Exception {
        return Processes.time(dir, context.env(database, Map.of()), List.of("/usr/bin/python3", "-m", "alembic", "upgrade", "head"));
    }
}
