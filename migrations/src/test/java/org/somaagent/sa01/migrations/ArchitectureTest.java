package org.somaagent.sa01.migrations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of the module, and the rule that keeps old revisions compiling forever. */
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
                        "..migrations.revision..", "..migrations.versions..",
                        "..schema.model..", "..schema.types..", "..schema.baseline..")
                .check(MAIN);
    }

    @Test
    void onlyTheCliUsesPicocliOrExits() {
        noClasses().that().resideOutsideOfPackage("..migrations.cli..").should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackage("..migrations.cli..").should().callMethod(System.class, "exit", int.class)
                .allowEmptyShould(true).check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.somaagent.sa01.migrations", "org.somaagent.sa01.schema"));
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("..migrations.cli..").should().dependOnClassesThat().resideInAPackage("..migrations.cli..")
                .check(MAIN);
    }

    @Test
    void revisionsAndTheModelHaveNoJdbcConnections() {
        noClasses().that().resideInAnyPackage("..migrations.revision..", "..schema..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
                .check(MAIN);
    }
}
