package io.evzone.analytics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureFixtures;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FIXTURES = "io.evzone.analytics.architecture.fixtures";

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("io.evzone.analytics");

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.analytics");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("analytics");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.analytics");

    /** Each rule fails on a fixture that breaks it, so a rule that silently checks nothing would show. */
    @Test
    void everyRuleFailsOnAFixtureThatBreaksIt() {
        ArchitectureFixtures.assertEachRuleFailsOnItsFixture("analytics", FIXTURES, "io.evzone.billing.archfixture");
    }
}
