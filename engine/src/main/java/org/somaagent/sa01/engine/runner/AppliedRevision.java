package org.somaagent.sa01.engine.runner;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One row of the version table: a revision the database has, and (rows written since they are kept) the SQL that ran and its renderer. */
public record AppliedRevision(String revisionId, String description, String checksum, OffsetDateTime appliedAt,
                              String appliedBy, long durationMs, Optional<String> sql, Optional<String> renderedBy) {}
