package org.somaagent.sa01.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module graph as rules: a generic engine that knows nothing of somaAgent01, revisions that
 * compile forever, one CLI that nothing depends on. (The Maven modules already forbid cycles; these
 * rules also hold inside the jar, where the module boundaries are gone.)
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.somaagent.sa01");

    /**
     * Compile forever: a revision may use the revision SPI, jOOQ, the model's vocabulary and types
     * and the frozen legacy baseline, never the head model or generated classes, which change as
     * the schema moves on and would break (or silently change) old revisions.
     */
    @Test
    void revisionsDependOnlyOnWhatNeverChangesUnderThem() {
        classes().that().resideInAPackage("..migrations.versions..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jooq..",
                        "..engine.revision..", "..migrations.versions..",
                        "..engine.model..", "..engine.types..", "..schema.baseline..")
                .check(MAIN);
    }

    /** The engine is a library for any schema: no somaAgent01 revisions, model, tooling or CLI in it. */
    @Test
    void theEngineKnowsNoSchemaOfItsOwn() {
        noClasses().that().resideInAPackage("..sa01.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("..sa01.schema..", "..sa01.migrations..",
                        "..sa01.tooling..", "..sa01.cli..", "..sa01.access..", "..sa01.generated..")
                .check(MAIN);
    }

    @Test
    void onlyTheCliUsesPicocliOrExits() {
        noClasses().that().resideOutsideOfPackage("..sa01.cli..").should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackage("..sa01.cli..").should().callMethod(System.class, "exit", int.class)
                .allowEmptyShould(true).check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.somaagent.sa01.engine", "org.somaagent.sa01.migrations", "org.somaagent.sa01.schema"));
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("..sa01.cli..").should().dependOnClassesThat().resideInAPackage("..sa01.cli..")
                .check(MAIN);
    }

    @Test
    void revisionsAndTheModelHaveNoJdbcConnections() {
        noClasses().that().resideInAnyPackage("..engine.revision..", "..engine.model..", "..sa01.schema..", "..migrations.versions..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
                .check(MAIN);
    }
}
