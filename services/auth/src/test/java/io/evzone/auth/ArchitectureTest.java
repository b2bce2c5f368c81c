package io.evzone.auth;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureFixtures;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FIXTURES = "io.evzone.auth.architecture.fixtures";

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("io.evzone.auth");

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.auth");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("auth");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.auth");

    /** Each rule fails on a fixture that breaks it, so a rule that silently checks nothing would show. */
    @Test
    void everyRuleFailsOnAFixtureThatBreaksIt() {
        ArchitectureFixtures.assertEachRuleFailsOnItsFixture("auth", FIXTURES, "io.evzone.billing.archfixture");
    }
}
