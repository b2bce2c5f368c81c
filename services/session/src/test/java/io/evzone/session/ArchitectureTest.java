package io.evzone.session;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureFixtures;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.session", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FIXTURES = "io.evzone.session.architecture.fixtures";

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava("io.evzone.session");

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters("io.evzone.session");

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("session");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles("io.evzone.session");

    /** Each rule fails on a fixture that breaks it, so a rule that silently checks nothing would show. */
    @Test
    void everyRuleFailsOnAFixtureThatBreaksIt() {
        ArchitectureFixtures.assertEachRuleFailsOnItsFixture("session", FIXTURES, "io.evzone.billing.archfixture");
    }
}
