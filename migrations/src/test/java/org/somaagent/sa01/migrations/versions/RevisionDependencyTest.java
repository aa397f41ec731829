package org.somaagent.sa01.migrations.versions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Revisions compile forever, with the same SQL: revision N sees the schema only through the
 * snapshot of revision N-1 (frozen, generated), never through a later snapshot, the head model or
 * generated classes, which move on with the schema. Snapshots in turn see only jOOQ, the JDK,
 * pgvector and the engine's types.
 */
class RevisionDependencyTest {

    static final String VERSIONS = "org.somaagent.sa01.migrations.versions";
    static final String SNAPSHOTS = "org.somaagent.sa01.migrations.snapshots";
    /** A revision class's top-level simple name: {@code R0002AddToolVersions}; N is the number. */
    static final Pattern REVISION = Pattern.compile("R(\\d{4})\\w*");
    /** What never changes under a frozen class (the engine's types are kept for as long as any snapshot uses them). */
    static final PackageMatchers FROZEN = PackageMatchers.of("java..", "org.jooq..", "org.somaagent.sa01.engine.types..", "com.pgvector..");
    /** The SPI, and the online helpers a revision builds its steps with (their SQL is pinned by OnlineStepsTest). */
    static final PackageMatchers REVISION_SPI = PackageMatchers.of("org.somaagent.sa01.engine.revision..", "org.somaagent.sa01.engine.online..");

    private static final JavaClasses MIGRATIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.somaagent.sa01.migrations");

    @Test
    void aRevisionSeesOnlyItsParentsSnapshot() {
        classes().that(areRevisionClasses())
                .should(onlyDependOn("java, jOOQ, pgvector, the revision SPI and online helpers, engine types, its own nested classes"
                        + " and the snapshot of its parent revision", (origin, target) ->
                        FROZEN.test(target.getPackageName()) || REVISION_SPI.test(target.getPackageName())
                                || topLevelName(target).equals(topLevelName(origin))
                                || parentSnapshot(origin).filter(target.getPackageName()::equals).isPresent()))
                .check(MIGRATIONS);
    }

    @Test
    void aSnapshotSeesOnlyJooqTheJdkPgvectorAndEngineTypes() {
        classes().that().resideInAPackage(SNAPSHOTS + "..")
                .should(onlyDependOn("java, jOOQ, pgvector, engine types and its own package", (origin, target) ->
                        FROZEN.test(target.getPackageName()) || target.getPackageName().equals(origin.getPackageName())))
                .check(MIGRATIONS);
    }

    /** Classes of {@code versions} whose top-level class is named {@code RNNNN...}, nested ones included. */
    private static DescribedPredicate<JavaClass> areRevisionClasses() {
        return DescribedPredicate.describe("are revision classes RNNNN... in " + VERSIONS, c ->
                c.getPackageName().equals(VERSIONS) && REVISION.matcher(topLevelName(c)).matches());
    }

    /** {@code ...snapshots.r0001} for {@code R0002...}; none for the first revision. */
    static Optional<String> parentSnapshot(JavaClass revisionClass) {
        Matcher m = REVISION.matcher(topLevelName(revisionClass));
        int n = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        return n > 1 ? Optional.of(SNAPSHOTS + ".r%04d".formatted(n - 1)) : Optional.empty();
    }

    /** {@code R0002Foo} for {@code R0002Foo}, {@code R0002Foo$Bar} and {@code R0002Foo$1}. */
    static String topLevelName(JavaClass c) {
        String binary = c.getName().substring(c.getPackageName().isEmpty() ? 0 : c.getPackageName().length() + 1);
        int nested = binary.indexOf('$');
        return nested < 0 ? binary : binary.substring(0, nested);
    }

    /** Every direct dependency (arrays by their element type, primitives always) must be {@code allowed}. */
    private static ArchCondition<JavaClass> onlyDependOn(String description, BiPredicate<JavaClass, JavaClass> allowed) {
        return new ArchCondition<>("only depend on " + description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!target.isPrimitive() && !allowed.test(origin, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
