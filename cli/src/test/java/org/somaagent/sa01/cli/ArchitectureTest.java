package org.somaagent.sa01.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module graph as rules: a generic engine that knows nothing of somaAgent01, one CLI that
 * nothing depends on. (Revisions compiling forever against their parent's snapshot only:
 * migrations' {@code RevisionDependencyTest}.) (The Maven modules already forbid cycles; these
 * rules also hold inside the jar, where the module boundaries are gone.)
 */
class ArchitectureTest {

    /** Main classes only: test classes also arrive through the migrations test-jar, which DO_NOT_INCLUDE_TESTS does not recognise. */
    private static final ImportOption MAIN_ONLY = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            && !location.contains("-tests.jar");

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("org.somaagent.sa01");

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
                .allowEmptyShould(true).check(new ClassFileImporter().withImportOption(MAIN_ONLY)
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
