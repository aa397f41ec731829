package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * The bench connects as deployments do: a role with a password, scram-sha-256, over TCP. Made
 * idempotently through the admin DSN: the role (a fresh random password each run, never printed),
 * and a pg_hba.conf line for it alone placed before every other line, so the trust lines the tests
 * use for other roles are untouched; then the server reloads its configuration.
 */
final class ScramRole {

    static final String NAME = "sa01_bench";
    private static final String HBA_LINE = "host all " + NAME + " 127.0.0.1/32 scram-sha-256";

    private final Dsn admin;
    private final String password;

    private ScramRole(Dsn admin, String password) {
        this.admin = admin;
        this.password = password;
    }

    static ScramRole ensure(Dsn admin) throws Exception {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        ScramRole role = new ScramRole(admin, HexFormat.of().formatHex(secret));
        try (Connection c = Connections.open(admin, Duration.ofSeconds(10)); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + NAME + "') then create role " + NAME
                    + " login; end if; end $$");
            s.execute("alter role " + NAME + " login password '" + role.password + "'");
            var hba = s.executeQuery("show hba_file");
            hba.next();
            addHbaLine(Path.of(hba.getString(1)));
            s.execute("select pg_reload_conf()");
        }
        role.proveScram();
        return role;
    }

    /** The line goes first: pg_hba.conf is read top down and the first matching line decides. */
    private static void addHbaLine(Path hba) throws Exception {
        List<String> lines = Files.readAllLines(hba);
        if (lines.stream().anyMatch(l -> l.strip().equals(HBA_LINE))) {
            return;
        }
        List<String> updated = new ArrayList<>(List.of("# sa01-schema make bench: its role authenticates with scram-sha-256", HBA_LINE));
        updated.addAll(lines);
        Files.write(hba, updated);
    }

    /** A wrong password must be refused, or the runs would measure some other authentication. */
    private void proveScram() throws Exception {
        Thread.sleep(200); // pg_reload_conf() signals the postmaster; new connections see the file shortly after
        Dsn postgres = admin.withDatabase("postgres");
        boolean refused = false;
        try (Connection c = Connections.open(postgres.withCredentials(NAME, password + "x"), Duration.ofSeconds(10))) {
            // logged in: refused stays false
        } catch (MigrationException e) {
            refused = true;
        }
        if (!refused) {
            throw new IllegalStateException("the bench role logged in with a wrong password: pg_hba.conf does not make it use scram-sha-256");
        }
        try (Connection c = Connections.open(dsn(postgres), Duration.ofSeconds(10))) {
            // and with its own
        }
    }

    /** A scratch database owned by the role (the vector extension created by the admin, as on a managed server). */
    ScratchDatabase database() throws Exception {
        ScratchDatabase db = ScratchDatabase.create(admin, "sa01_bench");
        Connections.execute(admin, "alter database " + db.name() + " owner to " + NAME);
        return db;
    }

    /** The role's DSN for a database, over TCP to the admin DSN's host. */
    Dsn dsn(Dsn database) {
        return database.withCredentials(NAME, password);
    }

    /** For every process the bench starts: the password travels in the environment, never on a command line. */
    Map<String, String> env(Dsn database) {
        return Map.of("SA01_DB_DSN", dsn(database).toLibpqUri(),
                "PGPASSWORD", password, "PGUSER", NAME, "PGHOST", database.host(), "PGPORT", Integer.toString(database.port()),
                "PGDATABASE", database.database(),
                "FLYWAY_URL", database.jdbc().url(), "FLYWAY_USER", NAME, "FLYWAY_PASSWORD", password);
    }
}
