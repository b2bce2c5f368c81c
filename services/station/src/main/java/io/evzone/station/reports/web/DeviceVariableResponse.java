package io.evzone.station.reports.web;

import io.evzone.station.reports.domain.DeviceVariable;
import java.time.Instant;

/**
 * One value of a charger's device model. For a 1.6 configuration key, {@code component} is null and
 * {@code variable} is the key.
 *
 * @param attributeType Actual, Target, MinSet or MaxSet
 * @param mutability ReadOnly, WriteOnly or ReadWrite, or null
 */
record DeviceVariableResponse(
        String component,
        String componentInstance,
        Integer evseId,
        Integer connectorId,
        String variable,
        String variableInstance,
        String attributeType,
        String value,
        String mutability,
        String dataType,
        String unit,
        Instant reportedAt) {

    static DeviceVariableResponse of(DeviceVariable v) {
        return new DeviceVariableResponse(
                blankToNull(v.component()),
                blankToNull(v.componentInstance()),
                v.evseId() == 0 ? null : v.evseId(),
                v.connectorId() == 0 ? null : v.connectorId(),
                v.variable(),
                blankToNull(v.variableInstance()),
                v.attributeType(),
                v.value(),
                v.mutability(),
                v.dataType(),
                v.unit(),
                v.reportedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
