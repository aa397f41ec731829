package org.somaagent.sa01.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.somaagent.sa01.engine.config.Dsn;
import org.somaagent.sa01.engine.connect.Connections;

/**
 * Template databases as legacy deployments have them (the six init scripts) with many rows, cloned
 * for each run with CREATE DATABASE ... TEMPLATE so every run adopts an identical database.
 */
final class LegacyFixture implements AutoCloseable {

    private final Dsn admin;
    private final String template;

    private LegacyFixture(Dsn admin, String template) {
        this.admin = admin;
        this.template = template;
    }

    static LegacyFixture build(Dsn admin, Path scripts, String name, int outcomes, int assets) throws Exception {
        Connections.execute(admin, "drop database if exists " + name + " with (force)");
        Connections.execute(admin, "create database " + name);
        Dsn db = admin.withDatabase(name);
        Connections.execute(db, "create table sessions (session_id uuid primary key)");
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path script : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.sql")).sorted().toList()) {
                Connections.execute(db, Files.readString(script));
            }
        }
        Connections.execute(db, "insert into multimodal_outcomes (plan_id, task_id, step_type, provider, model, success, latency_ms, cost_cents) "
                + "select gen_random_uuid(), 't' || g, 'generate_image', 'openai', 'dall-e-3', g % 3 <> 0, g % 1000, 0.5 "
                + "from generate_series(1, " + outcomes + ") g");
        Connections.execute(db, "insert into multimodal_assets (tenant_id, asset_type, format, storage_path, checksum_sha256, mime_type) "
                + "select 'tenant' || (g % 50), 'image', 'png', 's3://assets/' || g, md5(g::text), 'image/png' "
                + "from generate_series(1, " + assets + ") g");
        Connections.execute(db, "vacuum analyze");
        return new LegacyFixture(admin, name);
    }

    /** A template database built otherwise (ScaleBench's, by plain SQL): copied, and dropped on close. */
    static LegacyFixture of(Dsn admin, String template) {
        return new LegacyFixture(admin, template);
    }

    /** A fresh copy of the template; drop it with {@link #drop}. */
    Dsn copy(String name) throws Exception {
        Connections.execute(admin, "drop database if exists " + name + " with (force)");
        Connections.execute(admin, "create database " + name + " template " + template);
        return admin.withDatabase(name);
    }

    void drop(Dsn copy) throws Exception {
        Connections.execute(admin, "drop database if exists " + copy.database() + " with (force)");
    }

    @Override
    public void close() throws Exception {
        Connections.execute(admin, "drop database if exists " + template + " with (force)");
    }
}
