package io.evzone.station.reports.messaging;

import io.evzone.platform.commands.CommandFinished;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.station.reports.application.RecordChargerReports;
import io.evzone.station.reports.domain.DeviceVariable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Configuration a charger gives in answer to one of this service's commands, kept in its device model in the
 * transaction that records the answer: a 1.6 GetConfiguration's keys ({@code get-configuration}, and
 * {@code get-report}, which 1.6 sends as GetConfiguration), and a 2.0.1 GetVariables' accepted values.
 */
@Component
class ConfigurationAnswers {

    private static final Set<String> OPERATIONS = Set.of("get-configuration", "get-report");

    private final RecordChargerReports record;

    ConfigurationAnswers(RecordChargerReports record) {
        this.record = record;
    }

    @EventListener
    void on(CommandFinished finished) {
        IssuedCommand command = finished.command();
        if (!OPERATIONS.contains(command.operation()) || command.subject() == null || command.response() == null) {
            return;
        }
        Instant at = command.completedAt() == null ? command.requestedAt() : command.completedAt();
        List<DeviceVariable> variables = maps(command.response().get("configurationKey")).stream()
                .map(key -> key.get("key") instanceof String name
                        ? DeviceVariable.configurationKey(
                                name, text(key.get("value")), Boolean.TRUE.equals(key.get("readonly")), at)
                        : null)
                .filter(Objects::nonNull)
                .toList();
        List<DeviceVariable> values = maps(command.response().get("getVariableResult")).stream()
                .filter(result -> "Accepted".equals(result.get("attributeStatus")))
                .map(result -> variable(result, at))
                .filter(Objects::nonNull)
                .toList();
        UUID chargePointId = UUID.fromString(command.subject());
        record.configuration(chargePointId, variables);
        record.configuration(chargePointId, values);
    }

    /** A 2.0.1 GetVariableResult: its component, EVSE, variable, attribute type and value. */
    private static DeviceVariable variable(Map<?, ?> result, Instant at) {
        if (!(result.get("component") instanceof Map<?, ?> component)
                || !(result.get("variable") instanceof Map<?, ?> variable)
                || !(variable.get("name") instanceof String name)) {
            return null;
        }
        Map<?, ?> evse = component.get("evse") instanceof Map<?, ?> e ? e : Map.of();
        return new DeviceVariable(
                text(component.get("name")),
                text(component.get("instance")),
                evse.get("id") instanceof Number id ? id.intValue() : 0,
                evse.get("connectorId") instanceof Number id ? id.intValue() : 0,
                name,
                text(variable.get("instance")),
                text(result.get("attributeType")),
                text(result.get("attributeValue")),
                null,
                null,
                null,
                at);
    }

    private static List<Map<?, ?>> maps(Object list) {
        return list instanceof List<?> items
                ? items.stream()
                        .filter(Map.class::isInstance)
                        .<Map<?, ?>>map(Map.class::cast)
                        .toList()
                : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
