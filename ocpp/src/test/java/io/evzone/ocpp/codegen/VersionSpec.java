package io.evzone.ocpp.codegen;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator needs to know about a version beyond its schemas: names, and who sends each action (the
 * schemas do not say; the specifications do).
 *
 * @param key folder name of the schemas and Java package segment ({@code v16})
 * @param bundleFile the schema bundle in the ocpp-rpc npm package
 * @param title the version as the Javadoc names it
 * @param versionConstant the {@code OcppVersion} constant
 * @param prefix prefix of the generated interfaces ({@code Ocpp16})
 * @param stationName what the version calls the charging station, for interface names ({@code ChargePoint})
 * @param csmsName what the version calls the CSMS ({@code CentralSystem})
 * @param stationInitiated actions only the charging station sends
 * @param bidirectional actions either side sends
 * @param typeNames names for inline schema types: {@code Owner.property} or plain {@code property} to type name
 */
record VersionSpec(
        String key,
        String bundleFile,
        String title,
        String versionConstant,
        String prefix,
        String stationName,
        String csmsName,
        Set<String> stationInitiated,
        Set<String> bidirectional,
        Map<String, String> typeNames) {

    static final String SCHEMA_ROOT = "src/main/resources/io/evzone/ocpp/schemas";

    static List<VersionSpec> all() {
        return List.of(v16(), v201());
    }

    String basePackage() {
        return "io.evzone.ocpp." + key;
    }

    String messagesPackage() {
        return basePackage() + ".messages";
    }

    String requestInterface() {
        return prefix + "Request";
    }

    String responseInterface() {
        return prefix + "Response";
    }

    String stationRequestInterface() {
        return prefix + stationName + "Request";
    }

    String csmsRequestInterface() {
        return prefix + csmsName + "Request";
    }

    static VersionSpec v16() {
        return new VersionSpec(
                "v16",
                "ocpp1_6.json",
                "OCPP 1.6 (with the security extension)",
                "V16",
                "Ocpp16",
                "ChargePoint",
                "CentralSystem",
                // OCPP 1.6 §4 (operations initiated by the charge point) and the 1.6 security whitepaper.
                Set.of(
                        "Authorize",
                        "BootNotification",
                        "DiagnosticsStatusNotification",
                        "FirmwareStatusNotification",
                        "Heartbeat",
                        "MeterValues",
                        "StartTransaction",
                        "StatusNotification",
                        "StopTransaction",
                        "SecurityEventNotification",
                        "SignCertificate",
                        "LogStatusNotification",
                        "SignedFirmwareStatusNotification"),
                Set.of("DataTransfer"),
                Ocpp16TypeNames.NAMES);
    }

    static VersionSpec v201() {
        return new VersionSpec(
                "v201",
                "ocpp2_0_1.json",
                "OCPP 2.0.1",
                "V201",
                "Ocpp201",
                "ChargingStation",
                "Csms",
                // OCPP 2.0.1 Part 2: the messages a charging station sends to the CSMS.
                Set.of(
                        "Authorize",
                        "BootNotification",
                        "ClearedChargingLimit",
                        "FirmwareStatusNotification",
                        "Get15118EVCertificate",
                        "GetCertificateStatus",
                        "Heartbeat",
                        "LogStatusNotification",
                        "MeterValues",
                        "NotifyChargingLimit",
                        "NotifyCustomerInformation",
                        "NotifyDisplayMessages",
                        "NotifyEVChargingNeeds",
                        "NotifyEVChargingSchedule",
                        "NotifyEvent",
                        "NotifyMonitoringReport",
                        "NotifyReport",
                        "PublishFirmwareStatusNotification",
                        "ReportChargingProfiles",
                        "ReservationStatusUpdate",
                        "SecurityEventNotification",
                        "SignCertificate",
                        "StatusNotification",
                        "TransactionEvent"),
                Set.of("DataTransfer"),
                Map.of());
    }
}
