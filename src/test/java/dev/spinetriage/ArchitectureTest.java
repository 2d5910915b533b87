package dev.spinetriage;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/**
 * Keeps the layers visible (docs/architecture.md, "Rules the build checks"): the engine is pure Java, the platform
 * stands on no feature, resources never touch entities, services know nothing of HTTP, and the triage store is
 * reached only through its port.
 */
@AnalyzeClasses(packages = "dev.spinetriage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APPLICATION = "dev.spinetriage..";
    private static final String ENGINE = "dev.spinetriage.rules..";
    private static final String PLATFORM = "dev.spinetriage.platform..";
    private static final String TRIAGE_STORE = "dev.spinetriage.triage.store..";
    private static final String BENCH = "dev.spinetriage..bench..";
    private static final DescribedPredicate<JavaClass> RESOURCES = simpleNameEndingWith("Resource")
            .or(annotatedWith(Path.class)).as("resources");

    /** No feature, no framework (Quarkus, Jakarta, Jackson, Hibernate, Vert.x, Micrometer …): the JDK only. */
    @ArchTest
    static final ArchRule ENGINE_IMPORTS_NO_FEATURE_AND_NO_FRAMEWORK = classes().that().resideInAPackage(ENGINE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ENGINE);

    @ArchTest
    static final ArchRule PLATFORM_IMPORTS_NO_FEATURE = noClasses().that().resideInAPackage(PLATFORM)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(not(resideInAPackage(PLATFORM))));

    @ArchTest
    static final ArchRule RESOURCES_NEVER_TOUCH_ENTITIES = noClasses().that(RESOURCES)
            .should().dependOnClassesThat(simpleNameEndingWith("Entity").or(annotatedWith(Entity.class)));

    /**
     * Services, and every other class but resources, signal with domain exceptions (ProblemException): only
     * resources and the platform's exception mappers know HTTP.
     */
    @ArchTest
    static final ArchRule SERVICES_AND_ALL_BUT_RESOURCES_NEVER_IMPORT_JAX_RS = noClasses()
            .that().resideOutsideOfPackage(PLATFORM).and(not(RESOURCES))
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    @ArchTest
    static final ArchRule THE_TRIAGE_STORE_IS_REACHED_THROUGH_ITS_PORT = noClasses()
            .that().resideOutsideOfPackage(TRIAGE_STORE)
            .should().dependOnClassesThat().resideInAPackage(TRIAGE_STORE);

    /** Benchmark endpoints exist only in a bench build: nothing may need them. */
    @ArchTest
    static final ArchRule NOTHING_DEPENDS_ON_A_BENCHMARK_ENDPOINT = noClasses().that().resideOutsideOfPackage(BENCH)
            .should().dependOnClassesThat().resideInAPackage(BENCH);
}
