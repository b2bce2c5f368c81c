package io.evzone.simulator.charger;

import java.util.List;
import java.util.Optional;

/**
 * The OCPP 2.0.1 device model variables the simulator knows, each backed by a {@link ChargerConfiguration} key
 * (the names follow OCPP 2.0.1 Part 2, Appendix 2 "Standardized Components and Variables").
 */
public final class DeviceModel {
    /** One component/variable pair and the configuration key behind it. */
    public record Variable(String component, String instance, String variable, String key) {}

    private static final List<Variable> VARIABLES = List.of(
            new Variable("OCPPCommCtrlr", null, "HeartbeatInterval", ChargerConfiguration.HEARTBEAT_INTERVAL),
            new Variable("OCPPCommCtrlr", null, "WebSocketPingInterval", "WebSocketPingInterval"),
            new Variable("OCPPCommCtrlr", null, "ResetRetries", "ResetRetries"),
            new Variable("OCPPCommCtrlr", "TransactionEvent", "MessageAttempts", "TransactionMessageAttempts"),
            new Variable(
                    "OCPPCommCtrlr", "TransactionEvent", "MessageAttemptInterval", "TransactionMessageRetryInterval"),
            new Variable(
                    "SampledDataCtrlr", null, "TxUpdatedInterval", ChargerConfiguration.METER_VALUE_SAMPLE_INTERVAL),
            new Variable("SampledDataCtrlr", null, "TxUpdatedMeasurands", "MeterValuesSampledData"),
            new Variable("SampledDataCtrlr", null, "TxEndedMeasurands", "StopTxnSampledData"),
            new Variable("AlignedDataCtrlr", null, "Interval", "ClockAlignedDataInterval"),
            new Variable("AuthCtrlr", null, "AuthorizeRemoteStart", ChargerConfiguration.AUTHORIZE_REMOTE_TX_REQUESTS),
            new Variable("AuthCtrlr", null, "LocalAuthorizeOffline", "LocalAuthorizeOffline"),
            new Variable("AuthCtrlr", null, "LocalPreAuthorize", "LocalPreAuthorize"),
            new Variable("LocalAuthListCtrlr", null, "Enabled", "LocalAuthListEnabled"),
            new Variable("LocalAuthListCtrlr", null, "ItemsPerMessage", "SendLocalListMaxLength"),
            new Variable("TxCtrlr", null, "EVConnectionTimeOut", "ConnectionTimeOut"),
            new Variable("TxCtrlr", null, "StopTxOnEVSideDisconnect", "StopTransactionOnEVSideDisconnect"),
            new Variable("TxCtrlr", null, "StopTxOnInvalidId", "StopTransactionOnInvalidId"),
            new Variable("DeviceDataCtrlr", "GetVariables", "ItemsPerMessage", "GetConfigurationMaxKeys"),
            new Variable("SmartChargingCtrlr", null, "ProfileStackLevel", "ChargeProfileMaxStackLevel"),
            new Variable("SmartChargingCtrlr", null, "RateUnit", "ChargingScheduleAllowedChargingRateUnit"),
            new Variable("SmartChargingCtrlr", null, "PeriodsPerSchedule", "ChargingScheduleMaxPeriods"),
            new Variable("SmartChargingCtrlr", "ChargingProfiles", "Entries", "MaxChargingProfilesInstalled"),
            new Variable("SecurityCtrlr", null, "SecurityProfile", "SecurityProfile"));

    private DeviceModel() {}

    public static List<Variable> variables() {
        return VARIABLES;
    }

    /** Whether any variable belongs to the component. */
    public static boolean knowsComponent(String component) {
        return VARIABLES.stream().anyMatch(v -> v.component().equals(component));
    }

    /** The variable, matching its instance when the request names one. */
    public static Optional<Variable> find(String component, String variable, String instance) {
        return VARIABLES.stream()
                .filter(v -> v.component().equals(component) && v.variable().equals(variable))
                .filter(v -> instance == null || instance.equals(v.instance()))
                .findFirst();
    }
}
