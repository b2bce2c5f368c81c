package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.messaging.ProcessedEventPurge;
import io.evzone.platform.test.EvzoneIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@EvzoneIntegrationTest
class ProcessedEventPurgeIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessedEventPurge scheduled;

    @Test
    void recordsOlderThanTheRetentionAreDeletedInChunksAndNewerOnesKept() {
        String consumer = "purge-" + UUID.randomUUID();
        handled(consumer, 7, "10 days");
        handled(consumer, 4, "6 days 23 hours");
        handled(consumer, 2, "0 seconds");

        long deleted = new ProcessedEventPurge(jdbc, Duration.ofDays(7), Duration.ofMinutes(10), 3).purge();

        assertThat(deleted).as("three chunks: 3, 3 and 1").isGreaterThanOrEqualTo(7);
        assertThat(remaining(consumer))
                .as("the events handled within the retention")
                .isEqualTo(6);
    }

    @Test
    void theServicesPurgeIsScheduled() {
        assertThat(scheduled.isRunning()).isTrue();
    }

    private void handled(String consumer, int events, String ago) {
        jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id, processed_at)
                        SELECT :consumer, gen_random_uuid(), now() - CAST(:ago AS interval) FROM generate_series(1, :n)""")
                .param("consumer", consumer)
                .param("ago", ago)
                .param("n", events)
                .update();
    }

    private int remaining(String consumer) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer")
                .param("consumer", consumer)
                .query(Integer.class)
                .single();
    }
}
