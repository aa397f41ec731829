package org.somaagent.sa01.engine.runner;

import java.time.OffsetDateTime;

/** One row of the version table: a revision the database has. */
public record AppliedRevision(String revisionId, String description, String checksum, OffsetDateTime appliedAt,
                              String appliedBy, long durationMs) {}
