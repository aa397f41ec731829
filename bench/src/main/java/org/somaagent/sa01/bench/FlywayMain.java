package org.somaagent.sa01.bench;

import org.flywaydb.core.Flyway;

/**
 * Flyway through its Java API, as an application embeds it, in a process of its own: {@code migrate}
 * of the V files in a folder, connecting as Flyway's FLYWAY_URL, FLYWAY_USER and FLYWAY_PASSWORD say
 * (the bench's role, scram, over TCP).
 */
public final class FlywayMain {

    private FlywayMain() {}

    public static void main(String[] args) {
        Flyway.configure().envVars().locations("filesystem:" + args[0]).load().migrate();
    }
}
