package io.evzone.ocpp.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.ocpp.arch.fixture.LeakyHelper;
import org.junit.jupiter.api.Test;

@AnalyzeClasses(packages = "io.evzone.ocpp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The library is used by the gateway and the simulator alike: nothing but the JDK and Jackson. */
    @ArchTest
    static final ArchRule onlyTheJdkAndJackson = classes()
            .that()
            .resideInAPackage("io.evzone.ocpp..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("io.evzone.ocpp..", "java..", "tools.jackson..", "com.fasterxml.jackson.annotation..");

    /** Messages are data: they know Jackson's annotations and trees, not the codec, the frames or the validator. */
    @ArchTest
    static final ArchRule messagesAreData = noClasses()
            .that()
            .resideInAPackage("io.evzone.ocpp.*.messages..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.evzone.ocpp.codec..", "io.evzone.ocpp.rpc..", "io.evzone.ocpp.schema..");

    /** Frames and validation know nothing of typed messages or of any particular version. */
    @ArchTest
    static final ArchRule lowerLayersStayGeneric = noClasses()
            .that()
            .resideInAnyPackage("io.evzone.ocpp.rpc..", "io.evzone.ocpp.schema..", "io.evzone.ocpp.json..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.evzone.ocpp.codec..", "io.evzone.ocpp.v16..", "io.evzone.ocpp.v201..");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("io.evzone.ocpp.(**)").should().beFreeOfCycles();

    @Test
    void theDependencyRuleCatchesAForeignDependency() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyHelper.class);
        assertThatThrownBy(() -> onlyTheJdkAndJackson.check(leaky)).isInstanceOf(AssertionError.class);
    }
}
