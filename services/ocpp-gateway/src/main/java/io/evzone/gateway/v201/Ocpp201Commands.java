package io.evzone.gateway.v201;

import io.evzone.gateway.connection.CommandParameters;
import io.evzone.gateway.connection.InvalidCommandException;
import io.evzone.gateway.connection.OcppCommand;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Version-neutral commands (see {@link io.evzone.contracts.charger.CommandAction}) as OCPP 2.0.1 CALLs. */
final class Ocpp201Commands {

    private Ocpp201Commands() {}

    static OcppCommand translate(String neutral, CommandParameters p) {
        ObjectNode o = CommandParameters.object();
        return switch (neutral) {
            case "REMOTE_START" -> {
                putInt(o, "evseId", p.integer("evseId", p.integer("connectorId", null)));
                o.set("idToken", idToken(p, "idToken"));
                o.put("remoteStartId", p.integer("remoteStartId", CommandParameters.randomId()));
                yield new OcppCommand("RequestStartTransaction", o);
            }
            case "REMOTE_STOP" ->
                new OcppCommand("RequestStopTransaction", o.put("transactionId", p.text("transactionId")));
            case "RESET", "SOFT_RESET" -> {
                String type = neutral.equals("SOFT_RESET")
                        ? "SOFT"
                        : p.text("type", "SOFT").toUpperCase(Locale.ROOT);
                o.put("type", type.startsWith("HARD") || type.equals("IMMEDIATE") ? "Immediate" : "OnIdle");
                putInt(o, "evseId", p.integer("evseId", null));
                yield new OcppCommand("Reset", o);
            }
            case "UNLOCK" -> {
                o.put("evseId", p.integer("evseId"));
                o.put("connectorId", p.integer("connectorId", 1));
                yield new OcppCommand("UnlockConnector", o);
            }
            case "CHANGE_AVAILABILITY" -> {
                o.put("operationalStatus", operative(p) ? "Operative" : "Inoperative");
                Integer evse = p.integer("evseId", null);
                if (evse != null && evse > 0) {
                    ObjectNode target = o.putObject("evse").put("id", evse);
                    putInt(target, "connectorId", p.integer("connectorId", null));
                }
                yield new OcppCommand("ChangeAvailability", o);
            }
            case "RESERVE_NOW" -> {
                o.put("id", p.integer("reservationId"));
                o.put("expiryDateTime", p.text("expiresAt"));
                o.set("idToken", idToken(p, "idToken"));
                putInt(o, "evseId", p.integer("evseId", null));
                if (p.has("groupId")) {
                    o.putObject("groupIdToken")
                            .put("idToken", p.text("groupId"))
                            .put("type", "Central");
                }
                yield new OcppCommand("ReserveNow", o);
            }
            case "CANCEL_RESERVATION" ->
                new OcppCommand("CancelReservation", o.put("reservationId", p.integer("reservationId")));
            case "TRIGGER_MESSAGE" -> {
                o.put("requestedMessage", p.text("message"));
                Integer evse = p.integer("evseId", null);
                if (evse != null) {
                    ObjectNode target = o.putObject("evse").put("id", evse);
                    putInt(target, "connectorId", p.integer("connectorId", null));
                }
                yield new OcppCommand("TriggerMessage", o);
            }
            case "UPDATE_FIRMWARE" -> {
                o.put("requestId", p.integer("requestId", CommandParameters.randomId()));
                putInt(o, "retries", p.integer("retries", null));
                putInt(o, "retryInterval", p.integer("retryIntervalSec", null));
                ObjectNode firmware = o.putObject("firmware")
                        .put("location", p.text("location"))
                        .put("retrieveDateTime", p.text("retrieveAt"));
                if (p.has("installAt")) {
                    firmware.put("installDateTime", p.text("installAt"));
                }
                yield new OcppCommand("UpdateFirmware", o);
            }
            case "SEND_LOCAL_LIST" -> new OcppCommand("SendLocalList", localList(p, o));
            case "GET_VARIABLES" -> {
                ArrayNode data = o.putArray("getVariableData");
                for (JsonNode v : variables(p)) {
                    CommandParameters q = new CommandParameters(v);
                    ObjectNode item = data.addObject();
                    item.putObject("component").put("name", q.text("component"));
                    item.putObject("variable").put("name", q.text("variable"));
                    if (q.has("attributeType")) {
                        item.put("attributeType", q.text("attributeType"));
                    }
                }
                yield new OcppCommand("GetVariables", o);
            }
            case "SET_VARIABLES" -> {
                ArrayNode data = o.putArray("setVariableData");
                for (JsonNode v : variables(p)) {
                    CommandParameters q = new CommandParameters(v);
                    ObjectNode item = data.addObject().put("attributeValue", q.text("value"));
                    item.putObject("component").put("name", q.text("component"));
                    item.putObject("variable").put("name", q.text("variable"));
                }
                yield new OcppCommand("SetVariables", o);
            }
            case "SET_CHARGING_PROFILE" -> {
                o.put("evseId", p.integer("evseId", p.integer("connectorId", 0)));
                o.set("chargingProfile", profile(new CommandParameters(p.node("chargingProfile"))));
                yield new OcppCommand("SetChargingProfile", o);
            }
            case "CLEAR_CHARGING_PROFILE" -> {
                putInt(o, "chargingProfileId", p.integer("id", null));
                if (p.has("evseId") || p.has("purpose") || p.has("stackLevel")) {
                    ObjectNode criteria = o.putObject("chargingProfileCriteria");
                    putInt(criteria, "evseId", p.integer("evseId", null));
                    if (p.has("purpose")) {
                        criteria.put("chargingProfilePurpose", purpose(p.text("purpose")));
                    }
                    putInt(criteria, "stackLevel", p.integer("stackLevel", null));
                }
                yield new OcppCommand("ClearChargingProfile", o);
            }
            case "GET_CONFIGURATION", "CHANGE_CONFIGURATION" ->
                throw new InvalidCommandException(
                        neutral.toLowerCase(Locale.ROOT).replace('_', '-')
                                + " is OCPP 1.6; use get-variables / set-variables for 2.0.1 chargers");
            default -> throw new InvalidCommandException("unknown command " + neutral);
        };
    }

    private static JsonNode variables(CommandParameters p) {
        JsonNode variables = p.node("variables");
        if (variables == null || !variables.isArray() || variables.isEmpty()) {
            throw new InvalidCommandException("parameter 'variables' needs at least one {component, variable}");
        }
        return variables;
    }

    private static boolean operative(CommandParameters p) {
        JsonNode operative = p.node("operative");
        if (operative == null || !operative.isBoolean()) {
            throw new InvalidCommandException("parameter 'operative' (boolean) is required");
        }
        return operative.asBoolean();
    }

    private static ObjectNode idToken(CommandParameters p, String name) {
        return CommandParameters.object()
                .put("idToken", p.idTokenValue(name))
                .put("type", p.idTokenType(name, "Central"));
    }

    private static ObjectNode localList(CommandParameters p, ObjectNode o) {
        o.put("versionNumber", p.integer("version"));
        o.put("updateType", p.text("updateType", "FULL").equalsIgnoreCase("DIFFERENTIAL") ? "Differential" : "Full");
        JsonNode entries = p.node("entries");
        if (entries != null && entries.isArray() && !entries.isEmpty()) {
            ArrayNode list = o.putArray("localAuthorizationList");
            for (JsonNode entry : entries) {
                CommandParameters e = new CommandParameters(entry);
                ObjectNode item = list.addObject();
                item.set("idToken", idToken(e, "idToken"));
                if (e.has("status")) {
                    ObjectNode info = item.putObject("idTokenInfo").put("status", pascal(e.text("status")));
                    if (e.has("expiresAt")) {
                        info.put("cacheExpiryDateTime", e.text("expiresAt"));
                    }
                }
            }
        }
        return o;
    }

    private static ObjectNode profile(CommandParameters p) {
        ObjectNode profile = CommandParameters.object();
        profile.put("id", p.integer("id"));
        profile.put("stackLevel", p.integer("stackLevel", 0));
        profile.put("chargingProfilePurpose", purpose(p.text("purpose", "TX_DEFAULT")));
        profile.put("chargingProfileKind", pascal(p.text("kind", "ABSOLUTE")));
        if (p.has("recurrency")) {
            profile.put("recurrencyKind", pascal(p.text("recurrency")));
        }
        if (p.has("transactionId")) {
            profile.put("transactionId", p.text("transactionId"));
        }
        ObjectNode schedule = profile.putArray("chargingSchedule").addObject();
        schedule.put("id", p.integer("scheduleId", 1));
        putInt(schedule, "duration", p.integer("duration", null));
        if (p.has("startSchedule")) {
            schedule.put("startSchedule", p.text("startSchedule"));
        }
        schedule.put("chargingRateUnit", p.text("rateUnit", "W"));
        ArrayNode periods = schedule.putArray("chargingSchedulePeriod");
        JsonNode given = p.node("periods");
        if (given == null || !given.isArray() || given.isEmpty()) {
            throw new InvalidCommandException("parameter 'periods' needs at least one {startPeriod, limit}");
        }
        for (JsonNode period : given) {
            CommandParameters q = new CommandParameters(period);
            ObjectNode item = periods.addObject().put("startPeriod", q.integer("startPeriod", 0));
            item.set("limit", q.node("limit"));
            putInt(item, "numberPhases", q.integer("numberPhases", null));
        }
        return profile;
    }

    private static String purpose(String neutral) {
        return switch (neutral.toUpperCase(Locale.ROOT)) {
            case "TX", "TX_PROFILE", "TXPROFILE" -> "TxProfile";
            case "MAX", "CHARGE_POINT_MAX", "CHARGEPOINTMAXPROFILE", "CHARGING_STATION_MAX" ->
                "ChargingStationMaxProfile";
            default -> "TxDefaultProfile";
        };
    }

    private static String pascal(String value) {
        StringBuilder out = new StringBuilder();
        for (String part : value.toLowerCase(Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static void putInt(ObjectNode o, String name, Integer value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
