package io.evzone.gateway.dialect;

import io.evzone.contracts.charger.ChargerNotification;
import io.evzone.ocpp.json.OcppJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Turns a charger's status report into a {@link ChargerNotification}: the status, and the other fields flattened to strings. */
public final class NotificationDetails {

    private NotificationDetails() {}

    public static ChargerNotification of(String chargePointId, String action, Object request) {
        JsonNode tree = OcppJson.mapper().valueToTree(request);
        Map<String, String> details = new LinkedHashMap<>();
        String status = null;
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            JsonNode value = field.getValue();
            String text = value.isValueNode() ? value.asString() : value.toString();
            if (status == null
                    && (field.getKey().equals("status") || field.getKey().equals("type"))) {
                status = text;
            } else {
                details.put(field.getKey(), text.length() > 2000 ? text.substring(0, 2000) : text);
            }
        }
        return new ChargerNotification(chargePointId, action, status, details, Instant.now());
    }
}
