package dev.spinetriage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers visible: the engine is pure Java; resources never touch entities. */
@AnalyzeClasses(packages = "dev.spinetriage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ENGINE_IS_PURE_JAVA = noClasses().that().resideInAPackage("dev.spinetriage.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "com.fasterxml..",
                    "org.hibernate..", "io.vertx..", "dev.spinetriage.triage..", "dev.spinetriage.ruleset..",
                    "dev.spinetriage.vocabulary..", "dev.spinetriage.platform..");

    @ArchTest
    static final ArchRule RESOURCES_NEVER_TOUCH_ENTITIES = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Entity");
}
