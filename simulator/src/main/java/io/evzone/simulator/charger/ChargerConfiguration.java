package io.evzone.simulator.charger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charger's configuration keys, named as in OCPP 1.6 §9.1 (the 2.0.1 device model maps onto them, see
 * {@link DeviceModel}). Mutable, guarded by its charger.
 */
public final class ChargerConfiguration {
    public static final String HEARTBEAT_INTERVAL = "HeartbeatInterval";
    public static final String METER_VALUE_SAMPLE_INTERVAL = "MeterValueSampleInterval";
    public static final String NUMBER_OF_CONNECTORS = "NumberOfConnectors";
    public static final String AUTHORIZE_REMOTE_TX_REQUESTS = "AuthorizeRemoteTxRequests";

    private final Map<String, Key> keys = new LinkedHashMap<>();

    /** A key, its value and whether the CSMS may change it. */
    public record Key(String name, String value, boolean readonly, Type type) {}

    /** What values a key takes. */
    public enum Type {
        INTEGER,
        BOOLEAN,
        TEXT
    }

    /** The outcome of a change, in OCPP 1.6 ChangeConfiguration terms. */
    public enum Change {
        ACCEPTED,
        REJECTED,
        NOT_SUPPORTED
    }

    public ChargerConfiguration(int connectors, long meterIntervalSeconds) {
        add(HEARTBEAT_INTERVAL, "300", false, Type.INTEGER);
        add(METER_VALUE_SAMPLE_INTERVAL, Long.toString(meterIntervalSeconds), false, Type.INTEGER);
        add(NUMBER_OF_CONNECTORS, Integer.toString(connectors), true, Type.INTEGER);
        add(AUTHORIZE_REMOTE_TX_REQUESTS, "false", false, Type.BOOLEAN);
        add("ClockAlignedDataInterval", "0", false, Type.INTEGER);
        add("ConnectionTimeOut", "60", false, Type.INTEGER);
        add("GetConfigurationMaxKeys", "50", true, Type.INTEGER);
        add("LocalAuthorizeOffline", "true", false, Type.BOOLEAN);
        add("LocalPreAuthorize", "false", false, Type.BOOLEAN);
        add("MeterValuesAlignedData", "Energy.Active.Import.Register", false, Type.TEXT);
        add("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import", false, Type.TEXT);
        add("ResetRetries", "3", false, Type.INTEGER);
        add("StopTransactionOnEVSideDisconnect", "true", false, Type.BOOLEAN);
        add("StopTransactionOnInvalidId", "true", false, Type.BOOLEAN);
        add("StopTxnSampledData", "Energy.Active.Import.Register", false, Type.TEXT);
        add(
                "SupportedFeatureProfiles",
                "Core,FirmwareManagement,LocalAuthListManagement,Reservation," + "SmartCharging,RemoteTrigger",
                true,
                Type.TEXT);
        add("TransactionMessageAttempts", "3", false, Type.INTEGER);
        add("TransactionMessageRetryInterval", "10", false, Type.INTEGER);
        add("UnlockConnectorOnEVSideDisconnect", "true", false, Type.BOOLEAN);
        add("WebSocketPingInterval", "0", false, Type.INTEGER);
        add("LocalAuthListEnabled", "true", false, Type.BOOLEAN);
        add("LocalAuthListMaxLength", "1000", true, Type.INTEGER);
        add("SendLocalListMaxLength", "100", true, Type.INTEGER);
        add("ReserveConnectorZeroSupported", "false", true, Type.BOOLEAN);
        add("ChargeProfileMaxStackLevel", "10", true, Type.INTEGER);
        add("ChargingScheduleAllowedChargingRateUnit", "Current,Power", true, Type.TEXT);
        add("ChargingScheduleMaxPeriods", "24", true, Type.INTEGER);
        add("MaxChargingProfilesInstalled", "10", true, Type.INTEGER);
        add("SecurityProfile", "0", false, Type.INTEGER);
    }

    private void add(String name, String value, boolean readonly, Type type) {
        keys.put(name, new Key(name, value, readonly, type));
    }

    public Optional<Key> get(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    public List<Key> all() {
        return new ArrayList<>(keys.values());
    }

    public int intValue(String name) {
        return Integer.parseInt(keys.get(name).value());
    }

    public boolean boolValue(String name) {
        return Boolean.parseBoolean(keys.get(name).value());
    }

    /** Sets a value the charger itself decides (for example the heartbeat interval the CSMS returned at boot). */
    public void set(String name, String value) {
        Key key = keys.get(name);
        keys.put(name, new Key(name, value, key.readonly(), key.type()));
    }

    /** Changes a key on the CSMS's request (OCPP 1.6 §5.3). */
    public Change change(String name, String value) {
        Key key = keys.get(name);
        if (key == null) {
            return Change.NOT_SUPPORTED;
        }
        if (key.readonly() || !valid(key.type(), value)) {
            return Change.REJECTED;
        }
        keys.put(name, new Key(name, value, false, key.type()));
        return Change.ACCEPTED;
    }

    private static boolean valid(Type type, String value) {
        return switch (type) {
            case INTEGER -> value.matches("\\d{1,9}");
            case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            case TEXT -> value.length() <= 500;
        };
    }
}
