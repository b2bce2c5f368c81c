package io.evzone.maintenance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureFixtures;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.maintenance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FIXTURES = "io.evzone.maintenance.architecture.fixtures";

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("io.evzone.maintenance");

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.maintenance");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("maintenance");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.maintenance");

    /** Each rule fails on a fixture that breaks it, so a rule that silently checks nothing would show. */
    @Test
    void everyRuleFailsOnAFixtureThatBreaksIt() {
        ArchitectureFixtures.assertEachRuleFailsOnItsFixture("maintenance", FIXTURES, "io.evzone.billing.archfixture");
    }
}
