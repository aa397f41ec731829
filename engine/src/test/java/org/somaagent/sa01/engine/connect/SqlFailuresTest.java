package org.somaagent.sa01.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.somaagent.sa01.engine.config.Dsn;

/** Remedies follow what the server said, whatever the statement's spelling. */
class SqlFailuresTest {

    private static final Dsn DSN = Dsn.parse("postgresql://app:secret@db/agent");

    @Test
    void namesTheExtensionTheServerNamed() {
        assertThat(SqlFailures.remedy(new SQLException("ERROR: permission denied to create extension \"vector\"", "42501"), DSN))
                .contains("have a superuser run CREATE EXTENSION vector in it").contains("role app");
        assertThat(SqlFailures.remedy(new SQLException("ERROR: could not open extension control file "
                + "\"/usr/share/postgresql/15/extension/vector.control\": No such file or directory", "58P01"), DSN))
                .contains("the vector extension is not installed on the server");
        assertThat(SqlFailures.remedy(new SQLException("ERROR: extension \"pg_trgm\" is not available", "0A000"), DSN))
                .contains("the pg_trgm extension is not installed");
    }

    @Test
    void aPrivilegeFailureOnATableIsNotAnExtensionProblem() {
        assertThat(SqlFailures.remedy(new SQLException("ERROR: permission denied for table prompts", "42501"), DSN))
                .startsWith("role app lacks a privilege");
    }
}
