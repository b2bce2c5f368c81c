package io.evzone.gateway.v16;

import io.evzone.gateway.connection.CommandParameters;
import io.evzone.gateway.connection.InvalidCommandException;
import io.evzone.gateway.connection.OcppCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Version-neutral commands (see {@link io.evzone.contracts.charger.CommandAction}) as OCPP 1.6 CALLs. */
final class Ocpp16Commands {

    private Ocpp16Commands() {}

    static OcppCommand translate(String neutral, CommandParameters p) {
        ObjectNode o = CommandParameters.object();
        return switch (neutral) {
            case "REMOTE_START" -> {
                putInt(o, "connectorId", p.integer("connectorId", p.integer("evseId", null)));
                o.put("idTag", p.idTokenValue("idToken"));
                if (p.has("chargingProfile")) {
                    o.set("chargingProfile", profile(new CommandParameters(p.node("chargingProfile"))));
                }
                yield new OcppCommand("RemoteStartTransaction", o);
            }
            case "REMOTE_STOP" ->
                new OcppCommand("RemoteStopTransaction", o.put("transactionId", p.integer("transactionId")));
            case "RESET", "SOFT_RESET" -> {
                String type = neutral.equals("SOFT_RESET")
                        ? "SOFT"
                        : p.text("type", "SOFT").toUpperCase(java.util.Locale.ROOT);
                yield new OcppCommand(
                        "Reset", o.put("type", type.startsWith("HARD") || type.equals("IMMEDIATE") ? "Hard" : "Soft"));
            }
            case "UNLOCK" -> new OcppCommand("UnlockConnector", o.put("connectorId", connector(p)));
            case "CHANGE_AVAILABILITY" -> {
                o.put("connectorId", p.integer("connectorId", p.integer("evseId", 0)));
                o.put("type", operative(p) ? "Operative" : "Inoperative");
                yield new OcppCommand("ChangeAvailability", o);
            }
            case "RESERVE_NOW" -> {
                o.put("connectorId", p.integer("connectorId", p.integer("evseId", 0)));
                o.put("expiryDate", p.text("expiresAt"));
                o.put("idTag", p.idTokenValue("idToken"));
                o.put("reservationId", p.integer("reservationId"));
                if (p.has("groupId")) {
                    o.put("parentIdTag", p.text("groupId"));
                }
                yield new OcppCommand("ReserveNow", o);
            }
            case "CANCEL_RESERVATION" ->
                new OcppCommand("CancelReservation", o.put("reservationId", p.integer("reservationId")));
            case "TRIGGER_MESSAGE" -> {
                o.put("requestedMessage", p.text("message"));
                putInt(o, "connectorId", p.integer("connectorId", p.integer("evseId", null)));
                yield new OcppCommand("TriggerMessage", o);
            }
            case "UPDATE_FIRMWARE" -> {
                o.put("location", p.text("location"));
                o.put("retrieveDate", p.text("retrieveAt"));
                putInt(o, "retries", p.integer("retries", null));
                putInt(o, "retryInterval", p.integer("retryIntervalSec", null));
                yield new OcppCommand("UpdateFirmware", o);
            }
            case "SEND_LOCAL_LIST" -> new OcppCommand("SendLocalList", localList(p, o));
            case "GET_CONFIGURATION" -> {
                if (p.has("keys")) {
                    o.set("key", p.node("keys"));
                }
                yield new OcppCommand("GetConfiguration", o);
            }
            case "CHANGE_CONFIGURATION" ->
                new OcppCommand(
                        "ChangeConfiguration", o.put("key", p.text("key")).put("value", p.text("value")));
            case "SET_CHARGING_PROFILE" -> {
                o.put("connectorId", p.integer("connectorId", p.integer("evseId", 0)));
                o.set("csChargingProfiles", profile(new CommandParameters(p.node("chargingProfile"))));
                yield new OcppCommand("SetChargingProfile", o);
            }
            case "CLEAR_CHARGING_PROFILE" -> {
                putInt(o, "id", p.integer("id", null));
                putInt(o, "connectorId", p.integer("connectorId", p.integer("evseId", null)));
                if (p.has("purpose")) {
                    o.put("chargingProfilePurpose", purpose(p.text("purpose")));
                }
                putInt(o, "stackLevel", p.integer("stackLevel", null));
                yield new OcppCommand("ClearChargingProfile", o);
            }
            case "GET_VARIABLES", "SET_VARIABLES" ->
                throw new InvalidCommandException(
                        neutral.toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                                + " is OCPP 2.0.1; use get-configuration / change-configuration for 1.6 chargers");
            default -> throw new InvalidCommandException("unknown command " + neutral);
        };
    }

    private static int connector(CommandParameters p) {
        Integer connector = p.integer("connectorId", p.integer("evseId", null));
        if (connector == null) {
            throw new InvalidCommandException("parameter 'connectorId' is required");
        }
        return connector;
    }

    static boolean operative(CommandParameters p) {
        JsonNode operative = p.node("operative");
        if (operative == null || !operative.isBoolean()) {
            throw new InvalidCommandException("parameter 'operative' (boolean) is required");
        }
        return operative.asBoolean();
    }

    private static ObjectNode localList(CommandParameters p, ObjectNode o) {
        o.put("listVersion", p.integer("version"));
        o.put("updateType", p.text("updateType", "FULL").equalsIgnoreCase("DIFFERENTIAL") ? "Differential" : "Full");
        ArrayNode list = o.putArray("localAuthorizationList");
        JsonNode entries = p.node("entries");
        if (entries != null && entries.isArray()) {
            for (JsonNode entry : entries) {
                CommandParameters e = new CommandParameters(entry);
                ObjectNode item = list.addObject().put("idTag", e.idTokenValue("idToken"));
                if (e.has("status")) {
                    ObjectNode info = item.putObject("idTagInfo").put("status", pascal(e.text("status")));
                    if (e.has("expiresAt")) {
                        info.put("expiryDate", e.text("expiresAt"));
                    }
                    if (e.has("groupId")) {
                        info.put("parentIdTag", e.text("groupId"));
                    }
                }
            }
        }
        return o;
    }

    /** A neutral charging profile as 1.6's ChargingProfile. */
    static ObjectNode profile(CommandParameters p) {
        ObjectNode profile = CommandParameters.object();
        profile.put("chargingProfileId", p.integer("id"));
        putInt(profile, "transactionId", p.integer("transactionId", null));
        profile.put("stackLevel", p.integer("stackLevel", 0));
        profile.put("chargingProfilePurpose", purpose(p.text("purpose", "TX_DEFAULT")));
        profile.put("chargingProfileKind", pascal(p.text("kind", "ABSOLUTE")));
        if (p.has("recurrency")) {
            profile.put("recurrencyKind", pascal(p.text("recurrency")));
        }
        ObjectNode schedule = profile.putObject("chargingSchedule");
        putInt(schedule, "duration", p.integer("duration", null));
        if (p.has("startSchedule")) {
            schedule.put("startSchedule", p.text("startSchedule"));
        }
        schedule.put("chargingRateUnit", p.text("rateUnit", "W"));
        schedule.set("chargingSchedulePeriod", periods(p));
        return profile;
    }

    static ArrayNode periods(CommandParameters p) {
        ArrayNode periods = CommandParameters.array();
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
        return periods;
    }

    static String purpose(String neutral) {
        return switch (neutral.toUpperCase(java.util.Locale.ROOT)) {
            case "TX", "TX_PROFILE", "TXPROFILE" -> "TxProfile";
            case "MAX", "CHARGE_POINT_MAX", "CHARGEPOINTMAXPROFILE", "CHARGING_STATION_MAX" -> "ChargePointMaxProfile";
            default -> "TxDefaultProfile";
        };
    }

    /** {@code ACCEPTED} or {@code accepted} as OCPP writes it: {@code Accepted}; {@code CONCURRENT_TX}: {@code ConcurrentTx}. */
    static String pascal(String value) {
        StringBuilder out = new StringBuilder();
        for (String part : value.toLowerCase(java.util.Locale.ROOT).split("_")) {
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
