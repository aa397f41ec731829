package org.somaagent.sa01.engine.connect;

import org.somaagent.sa01.engine.connect.Connections;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.error.ErrorKind;
import org.somaagent.sa01.engine.error.MigrationException;

/**
 * A throw-away database with the vector extension, created through an admin DSN (a role that may
 * CREATE DATABASE and create the extension) and dropped on close. Code generation, the model
 * check and the tests migrate one to head and read it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final Dsn admin;
    private final Dsn dsn;

    private ScratchDatabase(Dsn admin, Dsn dsn) {
        this.admin = admin;
        this.dsn = dsn;
    }

    public static ScratchDatabase create(Dsn admin, String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(admin, "create database " + name);
        ScratchDatabase scratch = new ScratchDatabase(admin, admin.withDatabase(name));
        try {
            execute(scratch.dsn, "create extension if not exists vector");
        } catch (MigrationException e) {
            scratch.close();
            throw e;
        }
        return scratch;
    }

    public Dsn dsn() {
        return dsn;
    }

    public String name() {
        return dsn.database();
    }

    @Override
    public void close() {
        execute(admin, "drop database if exists " + name() + " with (force)");
    }

    /** The name is generated here from [a-z0-9_], never taken from input, so it is safe in the statement text. */
    private static void execute(Dsn target, String sql) {
        try (Connection c = Connections.open(target, Duration.ofSeconds(10)); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new MigrationException(ErrorKind.FAILED, "scratch database: '" + sql + "' failed on " + target + ": "
                    + target.redact(e.getMessage()) + " (the scratch database needs a role that may CREATE DATABASE and create the vector extension: set SA01_ADMIN_DSN or --admin-dsn to a superuser DSN)", e);
        }
    }
}
