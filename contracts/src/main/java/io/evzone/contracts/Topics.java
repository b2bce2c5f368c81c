package io.evzone.contracts;

import java.util.List;

/**
 * Kafka topic names. Explicit, versioned strings: never derived from class names, so renaming a
 * class cannot silently move an event to another topic.
 */
public final class Topics {

    /** Every OCPP frame in and out of the gateway, keyed by charge point id: the replayable message log. */
    public static final String OCPP_MESSAGE = "ocpp.message";

    /** Version-neutral events about chargers raised by the gateway (booted, status, meter values...). */
    public static final String CHARGER_EVENTS = "ocpp.charger-events.v1";

    /** Questions the gateway asks the owning service (boot acceptance, authorization) and their replies. */
    public static final String OCPP_REQUESTS = "ocpp.requests.v1";

    public static final String OCPP_REPLIES = "ocpp.replies.v1";

    /** Commands for chargers, routed to the gateway node that holds the connection. */
    public static final String OCPP_COMMANDS = "ocpp.commands.v1";

    public static final String OCPP_COMMAND_RESULTS = "ocpp.command-results.v1";

    public static final String AUTH_EVENTS = "auth.events.v1";
    public static final String STATION_EVENTS = "station.events.v1";
    public static final String SESSION_EVENTS = "session.events.v1";
    public static final String BILLING_EVENTS = "billing.events.v1";
    public static final String BOOKING_EVENTS = "booking.events.v1";
    public static final String MAINTENANCE_EVENTS = "maintenance.events.v1";

    /** Requests to send an email, SMS, push or in-app message. */
    public static final String NOTIFICATION_REQUESTS = "notification.requests.v1";

    private Topics() {}

    /** The dead-letter topic of one consumer group: a poison message parks there and the partition moves on. */
    public static String deadLetterOf(String consumerGroup) {
        return "dlt." + consumerGroup;
    }

    public static List<String> all() {
        return List.of(
                OCPP_MESSAGE,
                CHARGER_EVENTS,
                OCPP_REQUESTS,
                OCPP_REPLIES,
                OCPP_COMMANDS,
                OCPP_COMMAND_RESULTS,
                AUTH_EVENTS,
                STATION_EVENTS,
                SESSION_EVENTS,
                BILLING_EVENTS,
                BOOKING_EVENTS,
                MAINTENANCE_EVENTS,
                NOTIFICATION_REQUESTS);
    }
}
