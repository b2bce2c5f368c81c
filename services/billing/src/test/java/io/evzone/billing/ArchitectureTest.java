package io.evzone.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.billing", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FIXTURES = "io.evzone.billing.architecture.fixtures";

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("io.evzone.billing");

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.billing");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("billing");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.billing");

    /** Each rule catches the fixture that breaks it, so a rule that silently checks nothing would show. */
    @Test
    void everyRuleFailsOnAFixtureThatBreaksIt() {
        JavaClasses fixtures =
                new ClassFileImporter().importPackages(FIXTURES, "io.evzone.session.architecturefixture");

        assertThat(ArchitectureRules.domainIsPlainJava(FIXTURES)
                        .evaluate(fixtures)
                        .hasViolation())
                .isTrue();
        assertThat(ArchitectureRules.applicationDoesNotImportAdapters(FIXTURES)
                        .evaluate(fixtures)
                        .hasViolation())
                .isTrue();
        assertThat(ArchitectureRules.doesNotImportOtherServices("billing")
                        .evaluate(fixtures)
                        .hasViolation())
                .isTrue();
        assertThat(ArchitectureRules.noCycles(FIXTURES).evaluate(fixtures).hasViolation())
                .isTrue();
    }
}
