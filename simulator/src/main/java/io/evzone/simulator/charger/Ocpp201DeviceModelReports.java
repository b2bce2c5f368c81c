package io.evzone.simulator.charger;

import io.evzone.ocpp.v201.messages.AttributeEnumType;
import io.evzone.ocpp.v201.messages.ComponentType;
import io.evzone.ocpp.v201.messages.DataEnumType;
import io.evzone.ocpp.v201.messages.GenericDeviceModelStatusEnumType;
import io.evzone.ocpp.v201.messages.GetBaseReportRequest;
import io.evzone.ocpp.v201.messages.GetBaseReportResponse;
import io.evzone.ocpp.v201.messages.GetReportRequest;
import io.evzone.ocpp.v201.messages.GetReportResponse;
import io.evzone.ocpp.v201.messages.GetVariableDataType;
import io.evzone.ocpp.v201.messages.GetVariableResultType;
import io.evzone.ocpp.v201.messages.GetVariableStatusEnumType;
import io.evzone.ocpp.v201.messages.GetVariablesRequest;
import io.evzone.ocpp.v201.messages.GetVariablesResponse;
import io.evzone.ocpp.v201.messages.MutabilityEnumType;
import io.evzone.ocpp.v201.messages.NotifyReportRequest;
import io.evzone.ocpp.v201.messages.ReportDataType;
import io.evzone.ocpp.v201.messages.SetVariableDataType;
import io.evzone.ocpp.v201.messages.SetVariableResultType;
import io.evzone.ocpp.v201.messages.SetVariableStatusEnumType;
import io.evzone.ocpp.v201.messages.SetVariablesRequest;
import io.evzone.ocpp.v201.messages.SetVariablesResponse;
import io.evzone.ocpp.v201.messages.VariableAttributeType;
import io.evzone.ocpp.v201.messages.VariableCharacteristicsType;
import io.evzone.ocpp.v201.messages.VariableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** GetVariables, SetVariables and the reports of OCPP 2.0.1 (B06-B08), over the {@link DeviceModel}. */
final class Ocpp201DeviceModelReports {
    private final Ocpp201Charger charger;

    Ocpp201DeviceModelReports(Ocpp201Charger charger) {
        this.charger = charger;
    }

    GetVariablesResponse getVariables(GetVariablesRequest request) {
        List<GetVariableResultType> results = new ArrayList<>();
        for (GetVariableDataType data : request.getVariableData()) {
            results.add(get(data));
        }
        return GetVariablesResponse.of(results);
    }

    private GetVariableResultType get(GetVariableDataType data) {
        var attribute = data.attributeType();
        if (attribute != null && attribute != AttributeEnumType.ACTUAL) {
            return result(GetVariableStatusEnumType.NOT_SUPPORTED_ATTRIBUTE_TYPE, data, null);
        }
        var variable = DeviceModel.find(
                data.component().name(), data.variable().name(), data.variable().instance());
        if (variable.isEmpty()) {
            return result(
                    DeviceModel.knowsComponent(data.component().name())
                            ? GetVariableStatusEnumType.UNKNOWN_VARIABLE
                            : GetVariableStatusEnumType.UNKNOWN_COMPONENT,
                    data,
                    null);
        }
        String value =
                charger.configuration().get(variable.get().key()).orElseThrow().value();
        return result(GetVariableStatusEnumType.ACCEPTED, data, value);
    }

    private static GetVariableResultType result(
            GetVariableStatusEnumType status, GetVariableDataType data, String value) {
        return new GetVariableResultType(
                null, null, status, data.attributeType(), value, data.component(), data.variable());
    }

    SetVariablesResponse setVariables(SetVariablesRequest request) {
        List<SetVariableResultType> results = new ArrayList<>();
        for (SetVariableDataType data : request.setVariableData()) {
            results.add(new SetVariableResultType(
                    null, data.attributeType(), set(data), null, data.component(), data.variable()));
        }
        return SetVariablesResponse.of(results);
    }

    private SetVariableStatusEnumType set(SetVariableDataType data) {
        if (data.attributeType() != null && data.attributeType() != AttributeEnumType.ACTUAL) {
            return SetVariableStatusEnumType.NOT_SUPPORTED_ATTRIBUTE_TYPE;
        }
        var variable = DeviceModel.find(
                data.component().name(), data.variable().name(), data.variable().instance());
        if (variable.isEmpty()) {
            return DeviceModel.knowsComponent(data.component().name())
                    ? SetVariableStatusEnumType.UNKNOWN_VARIABLE
                    : SetVariableStatusEnumType.UNKNOWN_COMPONENT;
        }
        String key = variable.get().key();
        return switch (charger.configuration().change(key, data.attributeValue())) {
            case ACCEPTED -> {
                charger.configurationChanged(key);
                yield SetVariableStatusEnumType.ACCEPTED;
            }
            case REJECTED, NOT_SUPPORTED -> SetVariableStatusEnumType.REJECTED;
        };
    }

    GetBaseReportResponse baseReport(GetBaseReportRequest request) {
        sendReport(request.requestId(), DeviceModel.variables());
        return GetBaseReportResponse.of(GenericDeviceModelStatusEnumType.ACCEPTED);
    }

    GetReportResponse report(GetReportRequest request) {
        List<DeviceModel.Variable> variables = DeviceModel.variables();
        if (request.componentVariable() != null && !request.componentVariable().isEmpty()) {
            Set<String> components = request.componentVariable().stream()
                    .map(cv -> cv.component().name())
                    .collect(Collectors.toSet());
            variables = variables.stream()
                    .filter(v -> components.contains(v.component()))
                    .toList();
        }
        if (variables.isEmpty()) {
            return GetReportResponse.of(GenericDeviceModelStatusEnumType.EMPTY_RESULT_SET);
        }
        sendReport(request.requestId(), variables);
        return GetReportResponse.of(GenericDeviceModelStatusEnumType.ACCEPTED);
    }

    private void sendReport(int requestId, List<DeviceModel.Variable> variables) {
        List<ReportDataType> data = variables.stream().map(this::reportData).toList();
        charger.afterReply(() -> charger.send(new NotifyReportRequest(null, requestId, charger.now(), data, null, 0)));
    }

    private ReportDataType reportData(DeviceModel.Variable variable) {
        var key = charger.configuration().get(variable.key()).orElseThrow();
        var attribute = new VariableAttributeType(
                null,
                AttributeEnumType.ACTUAL,
                key.value(),
                key.readonly() ? MutabilityEnumType.READ_ONLY : MutabilityEnumType.READ_WRITE,
                true,
                false);
        var type = switch (key.type()) {
            case INTEGER -> DataEnumType.INTEGER;
            case BOOLEAN -> DataEnumType.BOOLEAN;
            case TEXT -> DataEnumType.STRING;
        };
        return new ReportDataType(
                null,
                new ComponentType(null, null, variable.component(), null),
                new VariableType(null, variable.variable(), variable.instance()),
                List.of(attribute),
                VariableCharacteristicsType.of(type, false));
    }
}
