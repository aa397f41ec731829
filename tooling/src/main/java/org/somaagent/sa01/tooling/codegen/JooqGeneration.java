package org.somaagent.sa01.tooling.codegen;

import java.nio.file.Path;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;
import org.somaagent.sa01.engine.config.RunnerConfig;
import org.somaagent.sa01.engine.config.JdbcSettings;
import org.somaagent.sa01.engine.types.PgVectorBinding;

/**
 * jOOQ's code generator over a database at head: tables, records, keys, indexes, enums as Java
 * enums, {@code vector} columns as {@link com.pgvector.PGvector} through {@link PgVectorBinding},
 * {@code jsonb} as {@code org.jooq.JSONB}. Routines are left out: pgvector's hundreds of
 * functions live in the same schema and are not ours.
 */
final class JooqGeneration {

    static final String PACKAGE = "org.somaagent.sa01.generated";

    private JooqGeneration() {}

    /** Generates the classes of {@code config}'s schema; the version tables are the runner's, not the application's. */
    static void generate(RunnerConfig config, Path directory) throws Exception {
        JdbcSettings jdbc = config.dsn().jdbc();
        Configuration configuration = new Configuration()
                .withLogging(Logging.WARN)
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbc.url())
                        .withUser(jdbc.properties().getProperty("user")).withPassword(jdbc.properties().getProperty("password")))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema(config.schema())
                                .withExcludes(config.versionTable() + "|" + config.versionLogTable())
                                .withForcedTypes(new ForcedType()
                                        .withUserType("com.pgvector.PGvector")
                                        .withBinding(PgVectorBinding.class.getName())
                                        .withIncludeTypes("vector")
                                        .withIncludeExpression(".*")))
                        .withGenerate(new Generate()
                                .withRoutines(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false)
                                .withSources(false)
                                .withSourcesOnViews(false)
                                .withComments(true))
                        .withTarget(new Target().withPackageName(PACKAGE).withDirectory(directory.toString()).withClean(true)));
        GenerationTool.generate(configuration);
    }
}
