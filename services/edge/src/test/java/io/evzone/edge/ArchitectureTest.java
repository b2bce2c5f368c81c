package io.evzone.edge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.edge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.edge");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("edge");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.edge");

    private final JavaClasses fixture = new ClassFileImporter().importPackages("io.evzone.edge.archfixture");

    @Test
    void theRulesCatchACycleAndAReachIntoAnotherService() {
        assertThatThrownBy(() ->
                        ArchitectureRules.noCycles("io.evzone.edge.archfixture").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() ->
                        ArchitectureRules.doesNotImportOtherServices("edge").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.evzone.billing.archfixture.OtherServiceClass");
    }

    @Test
    void theAdapterRuleCatchesApplicationCodeThatImportsAnAdapter() {
        String fixtures = "io.evzone.edge.architecture.fixtures";
        assertThatThrownBy(() -> ArchitectureRules.applicationDoesNotImportAdapters(fixtures)
                        .check(new ClassFileImporter().importPackages(fixtures)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachesIntoAnAdapter");
    }
}
