package io.evzone.gateway.dialect.v201;

import io.evzone.contracts.charger.DeviceModelReported;
import io.evzone.contracts.charger.DeviceModelReported.DeviceVariable;
import io.evzone.ocpp.v201.messages.AttributeEnumType;
import io.evzone.ocpp.v201.messages.NotifyReportRequest;
import io.evzone.ocpp.v201.messages.ReportDataType;
import io.evzone.ocpp.v201.messages.VariableAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A NotifyReport part as the version-neutral {@link DeviceModelReported}: one variable per reported attribute. */
final class DeviceModelReports {

    private DeviceModelReports() {}

    static DeviceModelReported of(String chargePointId, NotifyReportRequest report) {
        List<DeviceVariable> variables = report.reportData() == null
                ? List.of()
                : report.reportData().stream()
                        .flatMap(DeviceModelReports::variables)
                        .toList();
        return new DeviceModelReported(
                chargePointId,
                report.requestId(),
                report.seqNo(),
                Boolean.TRUE.equals(report.tbc()),
                variables,
                Instant.now());
    }

    private static Stream<DeviceVariable> variables(ReportDataType data) {
        var component = data.component();
        var evse = component.evse();
        var characteristics = data.variableCharacteristics();
        return data.variableAttribute().stream()
                .map(attribute -> new DeviceVariable(
                        component.name(),
                        component.instance(),
                        evse == null ? null : evse.id(),
                        evse == null ? null : evse.connectorId(),
                        data.variable().name(),
                        data.variable().instance(),
                        // OCPP 2.0.1 VariableAttributeType: the type defaults to Actual when omitted.
                        attributeType(attribute),
                        attribute.value(),
                        attribute.mutability() == null
                                ? null
                                : attribute.mutability().value(),
                        characteristics == null || characteristics.dataType() == null
                                ? null
                                : characteristics.dataType().value(),
                        characteristics == null ? null : characteristics.unit()));
    }

    private static String attributeType(VariableAttributeType attribute) {
        return (attribute.type() == null ? AttributeEnumType.ACTUAL : attribute.type()).value();
    }
}
