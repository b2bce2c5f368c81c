package io.evzone.auth.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Reads what the service wrote to its outbox: the events and notification requests it publishes. */
public final class Outboxes {

    private final JdbcClient jdbc;

    public Outboxes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The envelopes on {@code topic} keyed by {@code subject}, oldest first. */
    public List<JsonNode> envelopes(String topic, String subject) {
        return jdbc
                .sql("SELECT envelope FROM outbox WHERE topic = :topic AND message_key = :key ORDER BY id")
                .param("topic", topic)
                .param("key", subject)
                .query(String.class)
                .list()
                .stream()
                .map(AuthClient::json)
                .toList();
    }

    /** The payload of the newest notification request of {@code template} for the user. */
    public JsonNode latestNotification(String userId, String template) {
        return envelopes("notification.requests.v1", userId).stream()
                .map(envelope -> envelope.get("payload"))
                .filter(payload -> template.equals(payload.get("template").asString()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + template + " notification for " + userId));
    }

    /** The types of the events published about a subject, oldest first. */
    public List<String> eventTypes(String subject) {
        return envelopes("auth.events.v1", subject).stream()
                .map(e -> e.get("type").asString())
                .toList();
    }
}
