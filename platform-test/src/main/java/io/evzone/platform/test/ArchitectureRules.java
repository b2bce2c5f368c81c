package io.evzone.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The house rules every service's {@code ArchitectureTest} checks: a plain-Java domain, application code free of its
 * adapters, no service importing another, OCPP wire types only in the gateway, no package cycles.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of(
            "auth",
            "station",
            "session",
            "gateway",
            "billing",
            "booking",
            "maintenance",
            "notification",
            "analytics",
            "edge");

    private ArchitectureRules() {}

    /** Domain packages use only the JDK, the contracts and each other: no Spring, Jackson, JDBC or Kafka. */
    public static ArchRule domainIsPlainJava(String basePackage) {
        return noClasses()
                .that()
                .resideInAPackage(basePackage + "..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "tools.jackson..",
                        "com.fasterxml..",
                        "jakarta.persistence..",
                        "java.sql..",
                        "javax.sql..",
                        "org.apache.kafka..",
                        "io.evzone.platform..")
                .allowEmptyShould(true)
                .because("the domain is plain Java (STYLE.md: Inside a service)");
    }

    /** A service never imports another service's code; services meet on Kafka or a documented API. */
    public static ArchRule doesNotImportOtherServices(String service) {
        String[] others = SERVICES.stream()
                .filter(other -> !other.equals(service))
                .map(other -> "io.evzone." + other + "..")
                .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage("io.evzone." + service + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services talk through Kafka events or a documented API, never through code");
    }

    /** Feature packages do not form cycles. */
    public static ArchRule noCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /**
     * Application code (use cases and their ports) does not import the service's adapters: web controllers,
     * persistence and messaging adapters implement or call the application, never the other way round.
     */
    public static ArchRule applicationDoesNotImportAdapters(String basePackage) {
        return noClasses()
                .that()
                .resideInAPackage(basePackage + "..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        basePackage + "..web..", basePackage + "..persistence..", basePackage + "..messaging..")
                .allowEmptyShould(true)
                .because("adapters depend on the application, not the application on its adapters (STYLE.md)");
    }

    /** OCPP wire types (the project's OCPP library) stay in the gateway; services speak the version-neutral contracts. */
    public static ArchRule noOcppWireTypes(String basePackage) {
        return noClasses()
                .that()
                .resideInAPackage(basePackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.evzone.ocpp..")
                .allowEmptyShould(true)
                .because("OCPP versions stop at the gateway: services meet chargers through contracts/");
    }
}
