package io.evzone.station.reports.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One value of a charger's device model: a 2.0.1 component's variable and attribute type, or a 1.6 configuration key
 * (no component, attribute type Actual). Absent parts are empty text or 0, so that each value has one key.
 *
 * @param evseId the component's EVSE, 0 for none
 * @param connectorId the component's connector on the EVSE, 0 for none
 */
public record DeviceVariable(
        String component,
        String componentInstance,
        int evseId,
        int connectorId,
        String variable,
        String variableInstance,
        String attributeType,
        String value,
        String mutability,
        String dataType,
        String unit,
        Instant reportedAt) {

    public static final String ACTUAL = "Actual";

    public DeviceVariable {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(reportedAt, "reportedAt");
        component = component == null ? "" : component;
        componentInstance = componentInstance == null ? "" : componentInstance;
        variableInstance = variableInstance == null ? "" : variableInstance;
        attributeType = attributeType == null ? ACTUAL : attributeType;
    }

    /** A 1.6 configuration key as GetConfiguration answers it (OCPP 1.6 §5.8): its value, read-only or not. */
    public static DeviceVariable configurationKey(String key, String value, boolean readonly, Instant reportedAt) {
        return new DeviceVariable(
                "", "", 0, 0, key, "", ACTUAL, value, readonly ? "ReadOnly" : "ReadWrite", null, null, reportedAt);
    }
}
