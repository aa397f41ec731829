package org.somaagent.sa01.engine.revision;

import org.somaagent.sa01.engine.model.SchemaDef;

/**
 * The schema that existed before the revisions managed it (databases built by init scripts), and
 * the revision that created it on an empty database. On a database that holds part of it and no
 * version table, the first upgrade adopts: it creates only what is missing of {@code schema},
 * never drops, rewrites or retypes, and records {@code revisionId}.
 */
public record Baseline(String revisionId, SchemaDef schema) {}
