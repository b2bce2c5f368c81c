package io.evzone.contracts.charger;

import java.time.Instant;
import java.util.List;

/**
 * What a charger reported about its own configuration: one part of a 2.0.1 NotifyReport (after GetBaseReport or
 * GetReport), or the keys of a 1.6 GetConfiguration answer. A report may come in several parts ({@code seqNo}, with
 * {@code toBeContinued} on all but the last); each part carries its variables whole.
 *
 * @param requestId the report request's id (2.0.1), null for a 1.6 configuration
 * @param seqNo the part's number, from 0
 * @param variables the reported values, one per component, variable and attribute type
 */
public record DeviceModelReported(
        String ocppId,
        Integer requestId,
        int seqNo,
        boolean toBeContinued,
        List<DeviceVariable> variables,
        Instant reportedAt) {

    public DeviceModelReported {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    /**
     * One value of the device model. A 1.6 configuration key is a variable without component (the key's name as
     * {@code variable}, attribute type {@code Actual}, mutability ReadOnly or ReadWrite).
     *
     * @param component the 2.0.1 component's name, null for a 1.6 key
     * @param evseId the component's EVSE, or null
     * @param connectorId the component's connector on that EVSE, or null
     * @param attributeType Actual, Target, MinSet or MaxSet
     * @param value the value as reported (up to 2,500 characters), or null when the charger gave none
     * @param mutability ReadOnly, WriteOnly or ReadWrite, or null when not reported
     * @param dataType the 2.0.1 characteristics' data type, or null
     * @param unit the 2.0.1 characteristics' unit, or null
     */
    public record DeviceVariable(
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
            String unit) {}
}
