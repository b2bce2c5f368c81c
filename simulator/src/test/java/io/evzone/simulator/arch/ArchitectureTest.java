package io.evzone.simulator.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.simulator.transport.DialRefused;
import org.junit.jupiter.api.Test;

/**
 * The simulator's shape: a plain-Java CLI on the project's OCPP library, layered cli → bench → run → charger →
 * transport, with the charger logic behind the transport's ports and OCPP wire types confined to the charger
 * package, one version per class. Each rule is shown to fail on a fixture in {@code arch.fixture}.
 */
@AnalyzeClasses(packages = ArchitectureTest.SIMULATOR, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String SIMULATOR = "io.evzone.simulator";
    private static final String FIXTURE = "io.evzone.simulator.arch.fixture";

    @ArchTest
    static final ArchRule onlyTheJdkAndTheSimulatorsLibraries = onlyTheJdkAndTheSimulatorsLibraries(SIMULATOR);

    @ArchTest
    static final ArchRule layers = layers(SIMULATOR);

    @ArchTest
    static final ArchRule noCycles = noCycles(SIMULATOR);

    @ArchTest
    static final ArchRule chargerUsesOnlyTheTransportPorts = chargerUsesOnlyTheTransportPorts(SIMULATOR);

    @ArchTest
    static final ArchRule wireTypesStayInTheChargerPackage = wireTypesStayInTheChargerPackage(SIMULATOR);

    @ArchTest
    static final ArchRule onlyOcpp16ClassesUse16WireTypes = onlyVersionClassesUse(SIMULATOR, "Ocpp16", "v16");

    @ArchTest
    static final ArchRule onlyOcpp201ClassesUse201WireTypes = onlyVersionClassesUse(SIMULATOR, "Ocpp201", "v201");

    /**
     * The JDK, the project's OCPP library (and Jackson, in which it represents JSON), logging, picocli and
     * HdrHistogram; for the notifications benchmark, the project's event contracts, the Kafka client and the JDK's
     * HMAC. No Spring, and no other OCPP implementation to take wire types from.
     */
    static ArchRule onlyTheJdkAndTheSimulatorsLibraries(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        root + "..",
                        "io.evzone.ocpp..",
                        "java..",
                        "javax.net..",
                        "javax.crypto..",
                        "com.sun.management..",
                        "io.evzone.contracts..",
                        "org.apache.kafka..",
                        "tools.jackson..",
                        "org.slf4j..",
                        "picocli..",
                        "org.HdrHistogram..")
                .because("the simulator is a plain-Java CLI on the project's own OCPP library (README: no Spring)");
    }

    static ArchRule layers(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("cli")
                .definedBy(root + ".cli..")
                .layer("bench")
                .definedBy(root + ".bench..")
                .layer("run")
                .definedBy(root + ".run..")
                .layer("charger")
                .definedBy(root + ".charger..")
                .layer("transport")
                .definedBy(root + ".transport..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("bench")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("run")
                .mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("charger")
                .mayOnlyBeAccessedByLayers("cli", "bench", "run")
                .whereLayer("transport")
                .mayOnlyBeAccessedByLayers("cli", "bench", "run", "charger");
    }

    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Chargers run on an in-memory link in tests and on the JDK's WebSocket in use: they see only the ports, which
     * are the interfaces and the failure a dial reports when the CSMS refuses the handshake (with how long to wait).
     */
    static ArchRule chargerUsesOnlyTheTransportPorts(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".charger..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("java.net..", "javax.net..")
                        .or(resideInAPackage(root + ".transport..")
                                .and(not(INTERFACES))
                                .and(not(equivalentTo(DialRefused.class)))))
                .because(
                        "the charger logic is independent of the JDK HttpClient transport (Dialer, Link, LinkListener)");
    }

    /** STYLE.md: wire types stop at the OCPP edge; the simulation, benchmark and CLI know chargers, not messages. */
    static ArchRule wireTypesStayInTheChargerPackage(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".charger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.evzone.ocpp.v16..", "io.evzone.ocpp.v201..", "io.evzone.ocpp.v21..", "io.evzone.ocpp.rpc..")
                .because("OCPP messages are built and read only by the simulated chargers");
    }

    /** STYLE.md: one class per version; the version-neutral charger core knows neither version's messages. */
    static ArchRule onlyVersionClassesUse(String root, String classPrefix, String versionPackage) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .haveNameNotMatching(".*\\." + classPrefix + "[^.]*") // with nested classes such as Ocpp16Commands$1
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.evzone.ocpp." + versionPackage + "..")
                .because("each version's messages are handled by its own " + classPrefix + "* classes");
    }

    // ---- each rule can fail

    private static JavaClasses fixture(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    @Test
    void aForeignLibraryInProductionCodeBreaksTheDependencyRule() {
        JavaClasses classes = fixture(FIXTURE + ".run");
        assertThatThrownBy(() -> onlyTheJdkAndTheSimulatorsLibraries(FIXTURE).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesForeignLibrary")
                .hasMessageContaining("org.java_websocket.WebSocket");
    }

    @Test
    void theSimulatorAndItsTestsRunWithoutSpring() {
        assertThatThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aChargerCallingIntoTheRunLayerBreaksTheLayers() {
        JavaClasses classes = fixture(FIXTURE + ".charger", FIXTURE + ".run");
        assertThatThrownBy(() -> layers(FIXTURE).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CallsUp")
                .hasMessageContaining("Runner");
    }

    @Test
    void chargerAndRunUsingEachOtherIsACycle() {
        JavaClasses classes = fixture(FIXTURE + ".charger", FIXTURE + ".run");
        assertThatThrownBy(() -> noCycles(FIXTURE).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void aChargerOnTheHttpClientOrATransportClassBreaksThePortRule() {
        JavaClasses classes = fixture(FIXTURE + ".charger", FIXTURE + ".transport");
        assertThatThrownBy(() -> chargerUsesOnlyTheTransportPorts(FIXTURE).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesHttpClient")
                .hasMessageContaining("java.net.http.HttpClient")
                .hasMessageContaining("ConcreteTransport")
                .satisfies(error -> assertThat(error.getMessage())
                        .as("a port (an interface) is allowed")
                        .doesNotContain("calls method <" + FIXTURE + ".transport.Port.send"));
    }

    @Test
    void wireTypesOutsideTheChargerPackageBreakTheRule() {
        JavaClasses classes = fixture(FIXTURE + ".run");
        assertThatThrownBy(() -> wireTypesStayInTheChargerPackage(FIXTURE).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesWireTypes")
                .hasMessageContaining("BootNotificationRequest");
    }

    @Test
    void aClassMixingVersionsOrANeutralClassWithWireTypesBreaksTheVersionRules() {
        JavaClasses classes = fixture(FIXTURE + ".charger");
        assertThatThrownBy(
                        () -> onlyVersionClassesUse(FIXTURE, "Ocpp201", "v201").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Ocpp16MixedVersions");
        assertThatThrownBy(() -> onlyVersionClassesUse(FIXTURE, "Ocpp16", "v16").check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NeutralWithWireTypes");
    }

    @Test
    void theRulesAcceptAFixtureThatKeepsThem() {
        JavaClasses transport = fixture(FIXTURE + ".transport");
        assertThatCode(() -> layers(FIXTURE).check(transport)).doesNotThrowAnyException();
        assertThatCode(() -> noCycles(FIXTURE).check(transport)).doesNotThrowAnyException();
        assertThatCode(() -> onlyTheJdkAndTheSimulatorsLibraries(FIXTURE).check(transport))
                .doesNotThrowAnyException();
    }
}
