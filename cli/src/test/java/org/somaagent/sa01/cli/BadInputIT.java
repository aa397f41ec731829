package org.somaagent.sa01.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.testing.CatalogFingerprint;
import org.somaagent.sa01.testing.CliProcess;
import org.somaagent.sa01.testing.FreshDatabase;
import org.somaagent.sa01.testing.TestDatabase;
import org.somaagent.sa01.migrations.testing.revisions.FailingRevisions;
import org.somaagent.sa01.migrations.testing.revisions.TwoHeadsRevisions;

/**
 * Bad input, each case through the real CLI: one clear first line naming what is wrong, the
 * documented exit code, no stack trace, no password anywhere, and the database exactly as before.
 * The case names are the rows of docs/reliability.md.
 */
@ExtendWith(FreshDatabase.class)
public class BadInputIT {

    static final String SECRET = "Sup3r-SECRET";

    /** Prepares the database and returns the CLI arguments (and environment) of one case. */
    public interface Setup {
        Invocation prepare(TestDatabase db) throws Exception;
    }

    public record Invocation(Map<String, String> env, List<String> args) {
        static Invocation of(String... args) {
            return new Invocation(Map.of(), List.of(args));
        }
    }

    public record Case(String name, int exitCode, String message, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Dsn withSecret(TestDatabase db) {
        return db.dsn().withCredentials(db.dsn().user(), SECRET);
    }

    static String dsnArg(TestDatabase db) {
        return withSecret(db).toLibpqUri();
    }

    static Path config(String text) throws Exception {
        Path file = Files.createTempFile("sa01-bad", ".properties");
        Files.writeString(file, text);
        return file;
    }

    public static Stream<Case> cases() {
        return Stream.of(
                new Case("malformed DSN: unsupported scheme", 2, "unsupported scheme 'mysql'",
                        db -> Invocation.of("--dsn", "mysql://u:" + SECRET + "@h/db", "upgrade")),
                new Case("malformed DSN: port out of range", 2, "port '99999' is not a number from 1 to 65535",
                        db -> Invocation.of("--dsn", "postgresql://u:" + SECRET + "@h:99999/db", "upgrade")),
                new Case("malformed DSN: unencoded @ in the password", 2, "host part is malformed",
                        db -> Invocation.of("--dsn", "postgresql://u:Sup3r@SECRET@h/db", "upgrade")),
                new Case("malformed DSN: broken percent-encoding", 2, "password has a malformed percent-encoding",
                        db -> Invocation.of("--dsn", "postgresql://u:" + SECRET + "%zz@h/db", "upgrade")),
                new Case("malformed DSN: unknown query parameter", 2, "unknown query parameter 'sslmod'",
                        db -> Invocation.of("--dsn", "postgresql://u:" + SECRET + "@h/db?sslmod=require", "upgrade")),
                new Case("empty SA01_DB_DSN", 2, "SA01_DB_DSN is set but empty",
                        db -> new Invocation(Map.of("SA01_DB_DSN", ""), List.of("upgrade"))),
                new Case("unknown host", 4, "could not reach the database db at no-such-host.invalid:5432",
                        db -> new Invocation(Map.of("SA01_DB_CONNECT_TIMEOUT", "1"),
                                List.of("--dsn", "postgresql://u:" + SECRET + "@no-such-host.invalid/db", "upgrade"))),
                new Case("closed port", 4, "could not reach the database db at 127.0.0.1:1",
                        db -> new Invocation(Map.of("SA01_DB_CONNECT_TIMEOUT", "1"),
                                List.of("--dsn", "postgresql://u:" + SECRET + "@127.0.0.1:1/db", "upgrade"))),
                new Case("failed login", 4, "cannot log in",
                        db -> Invocation.of("--dsn", db.dsn().withCredentials("sa01_no_such_role", SECRET).toLibpqUri(), "upgrade")),
                new Case("missing database", 4, "it does not exist",
                        db -> Invocation.of("--dsn", withSecret(db).withDatabase("sa01_no_such_database").toLibpqUri(), "upgrade")),
                new Case("role without privileges", 1, "lacks a privilege", db -> {
                    db.execute("drop role if exists " + noPrivileges(db) + "; create role " + noPrivileges(db) + " login; revoke create on schema public from public");
                    return Invocation.of("--dsn", db.dsn().withCredentials(noPrivileges(db), SECRET).toLibpqUri(), "upgrade");
                }),
                new Case("vector extension not installable", 1, "have a superuser run CREATE EXTENSION vector", db -> {
                    db.execute("drop extension vector; drop role if exists " + noExtension(db) + "; create role " + noExtension(db) + " login; "
                            + "grant create on schema public to " + noExtension(db));
                    return Invocation.of("--dsn", db.dsn().withCredentials(noExtension(db), SECRET).toLibpqUri(), "upgrade");
                }),
                new Case("read-only server", 1, "the server is read-only", db -> {
                    db.execute("alter database " + db.name() + " set default_transaction_read_only = on");
                    return Invocation.of("--dsn", dsnArg(db), "upgrade");
                }),
                new Case("unknown revision", 2, "unknown revision '0042_nope'",
                        db -> Invocation.of("--dsn", dsnArg(db), "downgrade", "0042_nope")),
                new Case("downgrade below base", 2, "nothing below base", db -> {
                    db.migrator().upgrade("head");
                    return Invocation.of("--dsn", dsnArg(db), "downgrade", "-5");
                }),
                new Case("upgrade to a target below the current revision", 2, "use downgrade", db -> {
                    db.migrator().upgrade("head");
                    return Invocation.of("--dsn", dsnArg(db), "upgrade", "base");
                }),
                new Case("tampered checksum", 1, "was changed after it was applied", db -> {
                    db.migrator().upgrade("head");
                    db.execute("update schema_version set checksum = repeat('0', 64)");
                    return Invocation.of("--dsn", dsnArg(db), "upgrade");
                }),
                new Case("database at a revision the code does not know", 1, "the database is newer than the code", db -> {
                    db.migrator(FailingRevisions.class).upgrade(FailingRevisions.GOOD);
                    return Invocation.of("--dsn", dsnArg(db), "upgrade");
                }),
                new Case("two heads", 2, "two heads: 0002_from_alice and 0002_from_bob", db -> Invocation.of("--config",
                        config("revision_set=" + TwoHeadsRevisions.class.getName()).toString(), "--dsn", dsnArg(db), "upgrade")),
                new Case("unreadable migrations.properties", 2, "cannot read the properties file",
                        db -> Invocation.of("--config", "/nonexistent/migrations.properties", "--dsn", dsnArg(db), "upgrade")),
                new Case("unknown setting in migrations.properties", 2, "unknown setting(s) [lock_timout]",
                        db -> Invocation.of("--config", config("lock_timout=5s").toString(), "--dsn", dsnArg(db), "upgrade")),
                new Case("malformed duration", 2, "lock_timeout='soon' is not a duration",
                        db -> Invocation.of("--config", config("lock_timeout=soon").toString(), "--dsn", dsnArg(db), "upgrade")),
                new Case("unknown option", 2, "Unknown option: '--frobnicate'",
                        db -> Invocation.of("--dsn", dsnArg(db), "upgrade", "--frobnicate")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersClearlyAndChangesNothing(Case c, TestDatabase db) throws Exception {
        try {
            Invocation invocation = c.setup().prepare(db);
            Set<String> catalogBefore = CatalogFingerprint.of(db);
            List<String> versionsBefore = versions(db);
            List<String> tablesBefore = tables(db);

            CliProcess.Result result = CliProcess.run(invocation.env(), invocation.args().toArray(String[]::new));

            assertThat(result.exitCode()).as(result.output()).isEqualTo(c.exitCode());
            assertThat(result.stderr().lines().findFirst().orElse("")).startsWith("sa01-migrate: error: ").contains(c.message());
            assertThat(result.output()).doesNotContain(SECRET).doesNotContain("\tat ").doesNotContain("Exception in thread");
            assertThat(CatalogFingerprint.of(db)).isEqualTo(catalogBefore);
            assertThat(versions(db)).isEqualTo(versionsBefore);
            assertThat(tables(db)).as("no table left behind, version tables included").isEqualTo(tablesBefore);
        } finally {
            // Roles belong to the cluster, not to the test database: revoke what a case granted, then drop them.
            db.execute("""
                    begin transaction read write;
                    do $$ begin
                      if exists (select 1 from pg_roles where rolname = '%1$s') then
                        revoke all on schema public from %1$s;
                      end if;
                    end $$;
                    drop role if exists %1$s;
                    drop role if exists %2$s;
                    commit;
                    """.formatted(noExtension(db), noPrivileges(db)));
        }
    }

    /** Roles belong to the cluster: each test database gets its own, so runs on one server never share them. */
    private static String noPrivileges(TestDatabase db) {
        return db.name() + "_nopriv";
    }

    private static String noExtension(TestDatabase db) {
        return db.name() + "_noext";
    }

    private static List<String> tables(TestDatabase db) {
        return db.dsl().fetch("select tablename from pg_tables where schemaname = 'public' order by 1").getValues(0, String.class);
    }

    private static List<String> versions(TestDatabase db) {
        return new ArrayList<>(db.dsl().fetch("select table_name from information_schema.tables where table_name = 'schema_version'")
                .getValues(0, String.class).isEmpty() ? List.of()
                : db.dsl().fetch("select revision_id || ' ' || checksum from schema_version order by 1").getValues(0, String.class));
    }
}
