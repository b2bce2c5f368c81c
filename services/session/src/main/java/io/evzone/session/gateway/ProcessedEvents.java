package io.evzone.session.gateway;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's {@code processed_event} deduplication for a whole batch in one statement: inside
 * the batch's transaction, so a batch that fails leaves no mark and is redelivered.
 */
@Component
class ProcessedEvents {

    private final JdbcClient jdbc;

    ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the events processed by {@code consumer}; returns those that were not before. */
    Set<UUID> claim(String consumer, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT :consumer, id FROM unnest(CAST(:ids AS uuid[])) AS id
                        ON CONFLICT DO NOTHING RETURNING event_id""")
                .param("consumer", consumer)
                .param("ids", eventIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(UUID.class)
                .list());
    }
}
