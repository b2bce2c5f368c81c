package io.evzone.platform.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Shows that each house rule of {@link ArchitectureRules} can fail: a service keeps, under src/test, a fixtures package
 * with a {@code domain.SpringAwareDomain}, an {@code application.ReachesIntoAnAdapter} (importing {@code web}), a
 * {@code UsesOtherService} and a cycle between packages {@code a} and {@code b}; each rule must report its fixture.
 */
public final class ArchitectureFixtures {

    private ArchitectureFixtures() {}

    /**
     * @param service the service's name, as {@link ArchitectureRules#doesNotImportOtherServices} takes it
     * @param fixtures the fixtures package
     * @param otherServicePackage where the other service's class that {@code UsesOtherService} imports lives
     */
    public static void assertEachRuleFailsOnItsFixture(String service, String fixtures, String otherServicePackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(fixtures, otherServicePackage);
        assertThatThrownBy(() -> ArchitectureRules.domainIsPlainJava(fixtures).check(classes))
                .hasMessageContaining("SpringAwareDomain");
        assertThatThrownBy(() -> ArchitectureRules.applicationDoesNotImportAdapters(fixtures)
                        .check(classes))
                .hasMessageContaining("ReachesIntoAnAdapter");
        assertThatThrownBy(() ->
                        ArchitectureRules.doesNotImportOtherServices(service).check(classes))
                .hasMessageContaining("UsesOtherService");
        assertThatThrownBy(() -> ArchitectureRules.noCycles(fixtures).check(classes))
                .hasMessageContaining("Cycle detected");
    }
}
