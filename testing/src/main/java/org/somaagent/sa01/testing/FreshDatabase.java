package org.somaagent.sa01.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.AdminDsn;
import org.somaagent.sa01.engine.connect.Connections;
import org.somaagent.sa01.engine.connect.ScratchDatabase;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * JUnit 5 extension: every {@link TestDatabase} parameter (a test may take several) is a new database with a random name
 * and the vector extension, on the real server named by {@code SA01_TEST_ADMIN_DSN} (else the
 * admin DSN's one rule, {@code AdminDsn}: {@code SA01_ADMIN_DSN}, else the local server as superuser). All are dropped after the test, so tests share no state and
 * can run twice in a row. No server: it tries Testcontainers where Docker works, else the test
 * fails saying how to get a server. It never skips.
 */
public final class FreshDatabase implements ParameterResolver, AfterEachCallback {

    public static final String ENV_ADMIN_DSN = "SA01_TEST_ADMIN_DSN";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FreshDatabase.class);

    private static volatile Dsn admin;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return create(context);
    }

    private static TestDatabase create(ExtensionContext context) {
        TestDatabase db = new TestDatabase(ScratchDatabase.create(admin(), "sa01_test"));
        created(context).push(db);
        return db;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Deque<TestDatabase> dbs = created(context);
        while (!dbs.isEmpty()) {
            dbs.pop().close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Deque<TestDatabase> created(ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("dbs", k -> new ArrayDeque<TestDatabase>(), Deque.class);
    }

    /** The admin DSN, resolved once per JVM: the configured server, else a container, else a clear failure. */
    public static Dsn admin() {
        if (admin == null) {
            synchronized (FreshDatabase.class) {
                if (admin == null) {
                    admin = resolveAdmin();
                }
            }
        }
        return admin;
    }

    private static Dsn resolveAdmin() {
        Dsn dsn = AdminDsn.resolve(System.getenv(ENV_ADMIN_DSN));
        try (Connection ignored = Connections.open(dsn, Duration.ofSeconds(3))) {
            return dsn;
        } catch (MigrationException | SQLException unreachable) {
            return OptionalContainer.start().orElseThrow(() -> new IllegalStateException(
                    "no PostgreSQL for the tests at " + dsn + " and no Docker for a container: run 'make dev-db' "
                            + "(or set " + ENV_ADMIN_DSN + " to a superuser DSN of a server with pgvector)"));
        }
    }
}
