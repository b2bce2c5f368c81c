package io.evzone.booking;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureFixtures;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.booking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FIXTURES = "io.evzone.booking.architecture.fixtures";

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("io.evzone.booking");

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.booking");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("booking");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.booking");

    /** Each rule fails on a fixture that breaks it, so a rule that silently checks nothing would show. */
    @Test
    void everyRuleFailsOnAFixtureThatBreaksIt() {
        ArchitectureFixtures.assertEachRuleFailsOnItsFixture("booking", FIXTURES, "io.evzone.billing.archfixture");
    }
}
