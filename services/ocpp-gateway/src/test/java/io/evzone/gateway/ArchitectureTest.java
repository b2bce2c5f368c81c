package io.evzone.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.evzone.platform.test.ArchitectureFixtures;
import io.evzone.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The gateway's rooms (README.md): transport → rpc → dialect → bridge, with the house rules every service keeps.
 * Each rule is shown to fail on a fixture in {@code architecture.fixtures}.
 */
@AnalyzeClasses(packages = ArchitectureTest.GATEWAY, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String GATEWAY = "io.evzone.gateway";
    private static final String FIXTURES = "io.evzone.gateway.architecture.fixtures";
    private static final String[] KAFKA = {
        "org.apache.kafka..",
        "org.springframework.kafka..",
        "io.evzone.platform.messaging..",
        "io.evzone.platform.outbox.."
    };

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava(GATEWAY);

    @ArchTest
    static final ArchRule applicationDoesNotImportAdapters =
            ArchitectureRules.applicationDoesNotImportAdapters(GATEWAY);

    @ArchTest
    static final ArchRule doesNotImportOtherServices = ArchitectureRules.doesNotImportOtherServices("gateway");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noCycles(GATEWAY);

    @ArchTest
    static final ArchRule transportKnowsNoVersionAndNoKafka = transportKnowsNoVersionAndNoKafka(GATEWAY);

    @ArchTest
    static final ArchRule rpcKnowsNoVersionAndNoKafka = rpcKnowsNoVersionAndNoKafka(GATEWAY);

    @ArchTest
    static final ArchRule dialectReachesKafkaOnlyThroughTheBridge = dialectReachesKafkaOnlyThroughTheBridge(GATEWAY);

    @ArchTest
    static final ArchRule bridgeKnowsNoOcpp = bridgeKnowsNoOcpp(GATEWAY);

    @ArchTest
    static final ArchRule versionWireTypesStayInTheDialect = versionWireTypesStayInTheDialect(GATEWAY);

    /** The WebSocket endpoint hands text to the rpc layer; it does not pick versions or publish. */
    static ArchRule transportKnowsNoVersionAndNoKafka(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".transport..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(KAFKA, root + ".dialect..", root + ".command..", root + ".certificate.."))
                .because("transport → rpc: the dialect is reached through rpc's OcppDialect port");
    }

    /** Correlation, queues and limits work for every version: the versions implement rpc's OcppDialect port. */
    static ArchRule rpcKnowsNoVersionAndNoKafka(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".rpc..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(
                        KAFKA,
                        root + ".transport..",
                        root + ".presence..",
                        root + ".dialect..",
                        root + ".command..",
                        root + ".certificate..",
                        "io.evzone.ocpp.v16..",
                        "io.evzone.ocpp.v201.."))
                .because("rpc → dialect only through the OcppDialect port it owns");
    }

    static ArchRule dialectReachesKafkaOnlyThroughTheBridge(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".dialect..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(concat(KAFKA, root + ".transport..", root + ".presence..", root + ".command.."))
                .because("dialect → bridge: domain questions and events go through the bridge");
    }

    /** The bridge speaks the version-neutral contracts only: OCPP stops at the dialect. */
    static ArchRule bridgeKnowsNoOcpp(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".bridge..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.evzone.ocpp..",
                        root + ".transport..",
                        root + ".rpc..",
                        root + ".presence..",
                        root + ".dialect..")
                .because("the bridge carries version-neutral events and questions to Kafka");
    }

    /** Each version's generated messages are read and built only in the dialect (one package per version). */
    static ArchRule versionWireTypesStayInTheDialect(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".dialect..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.evzone.ocpp.v16..", "io.evzone.ocpp.v201..")
                .because("adding a version is a package under dialect/, nothing else");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    // ---- each rule can fail

    private static JavaClasses fixture(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    @Test
    void theHouseRulesFailOnFixturesThatBreakThem() {
        ArchitectureFixtures.assertEachRuleFailsOnItsFixture("gateway", FIXTURES, "io.evzone.billing.archfixture");
        assertThatThrownBy(() -> ArchitectureRules.noOcppWireTypes(FIXTURES).check(fixture(FIXTURES)))
                .hasMessageContaining("ReadsWireTypes");
    }

    @Test
    void theLayerRulesFailOnFixturesThatBreakThem() {
        JavaClasses classes = fixture(FIXTURES);
        assertThatThrownBy(() -> transportKnowsNoVersionAndNoKafka(FIXTURES).check(classes))
                .hasMessageContaining("ChoosesADialect");
        assertThatThrownBy(() -> rpcKnowsNoVersionAndNoKafka(FIXTURES).check(classes))
                .hasMessageContaining("KnowsAVersion");
        assertThatThrownBy(
                        () -> dialectReachesKafkaOnlyThroughTheBridge(FIXTURES).check(classes))
                .hasMessageContaining("SendsToKafka");
        assertThatThrownBy(() -> bridgeKnowsNoOcpp(FIXTURES).check(classes)).hasMessageContaining("ReadsWireTypes");
        assertThatThrownBy(() -> versionWireTypesStayInTheDialect(FIXTURES).check(classes))
                .hasMessageContaining("ReadsWireTypes");
    }

    @Test
    void theRulesAcceptAFixtureThatKeepsThem() {
        JavaClasses web = fixture(FIXTURES + ".web");
        assertThatCode(() -> ArchitectureRules.applicationDoesNotImportAdapters(FIXTURES)
                        .check(web))
                .doesNotThrowAnyException();
    }
}
