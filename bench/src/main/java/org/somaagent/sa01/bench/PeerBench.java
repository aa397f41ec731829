package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.migrations.versions.Sa01Revisions;
import org.somaagent.sa01.testing.UpstreamAlembic;

/**
 * sa01-migrate against its peers and psql, whole processes as a deploy runs them, all as the scram
 * role over TCP, in alternation (one round of each tool, then the next), each on a fresh database
 * where the figure starts empty: Alembic running upstream somaAgent01's own revisions 001-003
 * (the same schema), Flyway the same SQL as V files, psql the same SQL as one script.
 */
final class PeerBench implements Bench {

    static final int TRIVIAL = 100;

    @Override
    public List<Figure> measure(BenchContext context) throws Exception {
        Path upstream = UpstreamAlembic.directory();
        List<Figure> figures = new ArrayList<>();
        figures.addAll(emptyToHead(context, upstream));
        figures.addAll(atHead(context, upstream));
        figures.addAll(trivialRevisions(context, upstream));
        return figures;
    }

    private interface OnFreshDatabase {
        double time(ScratchDatabase db) throws Exception;
    }

    private static Samples.Run fresh(BenchContext context, OnFreshDatabase run) {
        return () -> {
            try (ScratchDatabase db = context.role().database()) {
                return run.time(db);
            }
        };
    }

    private List<Figure> emptyToHead(BenchContext context, Path upstream) throws Exception {
        Path sql = Files.createTempFile("sa01-upgrade", ".sql");
        Processes.time(context.root(), Map.of(), List.of("bash", "-c", context.root().resolve("bin/sa01-migrate") + " upgrade --sql > " + sql));
        AlembicProject alembic = AlembicProject.upstream(upstream);
        Path flyway = FlywayProject.of(new Sa01Revisions().revisions());
        List<Samples> s = Samples.interleaved(
                fresh(context, db -> context.time(db.dsn(), context.cli("upgrade", "head"))),
                fresh(context, db -> context.time(db.dsn(), List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", sql.toString()))),
                fresh(context, db -> alembic.upgradeHead(context, db.dsn())),
                fresh(context, db -> FlywayProject.migrate(context, flyway, db.dsn())));
        return versusPeers("empty -> head (0001-0003), whole process, `sa01-migrate upgrade head`", s,
                "`psql -f` of `upgrade --sql`", 2.5, "Alembic (upstream's 001-003)", "Flyway (the same SQL as 3 V files)");
    }

    /** sa01-migrate's samples, then psql's, Alembic's and Flyway's: at most {@code psqlMax} x psql, 0.6x Alembic, 1x Flyway. */
    private static List<Figure> versusPeers(String name, List<Samples> s, String psql, double psqlMax, String alembic, String flyway) {
        return List.of(Figure.ratio(name + " vs " + psql, s.get(0), "psql", s.get(1), psqlMax),
                Figure.ratio(name + " vs " + alembic, s.get(0), "Alembic", s.get(2), 0.6),
                Figure.ratio(name + " vs " + flyway, s.get(0), "Flyway", s.get(3), 1.0));
    }

    private List<Figure> atHead(BenchContext context, Path upstream) throws Exception {
        AlembicProject alembic = AlembicProject.upstream(upstream);
        Path flyway = FlywayProject.of(new Sa01Revisions().revisions());
        try (ScratchDatabase ours = context.role().database();
             ScratchDatabase theirs = context.role().database();
             ScratchDatabase flyways = context.role().database()) {
            Samples.Run sa01 = () -> context.time(ours.dsn(), context.cli("upgrade", "head"));
            Samples.Run psql = () -> context.time(ours.dsn(), List.of("psql", "-X", "-q", "-c", "select 1"));
            // the unrecorded first round brings each database to head
            List<Samples> s = Samples.interleaved(sa01, psql, () -> alembic.upgradeHead(context, theirs.dsn()),
                    () -> FlywayProject.migrate(context, flyway, flyways.dsn()));
            return versusPeers("already at head, whole process, `sa01-migrate upgrade head`", s,
                    "`psql -c 'select 1'`", 3, "Alembic `upgrade head`", "Flyway `migrate`");
        }
    }

    private List<Figure> trivialRevisions(BenchContext context, Path upstream) throws Exception {
        RevisionJar jar = RevisionJar.build(context, TRIVIAL);
        AlembicProject alembic = AlembicProject.trivial(upstream, TRIVIAL);
        Path flyway = FlywayProject.trivial(TRIVIAL);
        List<Samples> s = Samples.interleaved(
                fresh(context, db -> Processes.time(context.root(), context.env(db.dsn(), jar.env(context.root())), context.cli("upgrade", "head"))),
                fresh(context, db -> alembic.upgradeHead(context, db.dsn())),
                fresh(context, db -> FlywayProject.migrate(context, flyway, db.dsn())));
        String name = TRIVIAL + " trivial revisions, empty -> " + TRIVIAL + ", whole process (sa01-migrate: a revision jar on SA01_MIGRATE_CLASSPATH, its own AOT cache)";
        return List.of(
                Figure.ratio(name + " vs Alembic (" + TRIVIAL + " revision files)", s.get(0), "Alembic", s.get(1), 0.6),
                Figure.below(name + " vs Flyway (" + TRIVIAL + " V files)", s.get(0), "Flyway", s.get(2)));
    }
}
