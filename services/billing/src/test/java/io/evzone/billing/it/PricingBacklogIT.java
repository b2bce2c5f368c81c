package io.evzone.billing.it;

import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Measures sessions priced per second from a backlog of completed sessions with meter readings on
 * session.events.v1 (docs/benchmarks.md). A measurement, not a timed assertion; runs only when
 * {@code -Dbilling.bench.sessions=N} is given.
 */
@EnabledIfSystemProperty(named = "billing.bench.sessions", matches = "\\d+")
class PricingBacklogIT extends BillingServiceIT {

    private static final Logger log = LoggerFactory.getLogger(PricingBacklogIT.class);
    private static final Instant START = Instant.parse("2026-06-01T14:00:00Z");
    private static final int CHARGERS = 500;
    private static final int READINGS = 3;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void measuresSessionsPricedPerSecondFromABacklog() {
        int sessions = Integer.getInteger("billing.bench.sessions");
        activate(createTariff(peakTariff("ORGANIZATION", org)
                .replace("\"currency\":\"UGX\"", "\"currency\":\"UGX\",\"effectiveFrom\":\"2026-01-01T00:00:00Z\"")));
        List<MessageListenerContainer> containers = List.copyOf(listeners.getListenerContainers());
        containers.forEach(MessageListenerContainer::pause);

        long publishStart = System.nanoTime();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            sends.addAll(publishSession(i));
            if (sends.size() > 20_000) {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
                sends.clear();
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        double publishSeconds = (System.nanoTime() - publishStart) / 1e9;

        long started = System.nanoTime();
        containers.forEach(MessageListenerContainer::resume);
        await().atMost(Duration.ofMinutes(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> priced() >= sessions);
        double seconds = (System.nanoTime() - started) / 1e9;

        log.info(
                "Pricing backlog: {} sessions ({} events, published in {} s) priced in {} s = {} sessions/s",
                sessions,
                sessions * (2 + READINGS),
                "%.1f".formatted(publishSeconds),
                "%.1f".formatted(seconds),
                "%.0f".formatted(sessions / seconds));
    }

    private List<CompletableFuture<?>> publishSession(int i) {
        String cp = "BENCH-" + (i % CHARGERS);
        String session = UUID.randomUUID().toString();
        Instant start = START.plusSeconds((i / CHARGERS) * 60L);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        sends.add(publisher.publish(
                Topics.SESSION_EVENTS,
                cp,
                new SessionStarted(session, null, cp, 1, 1, "1", org, null, "TAG", "driver", start, 0L, "2.0.1")));
        for (int r = 1; r <= READINGS; r++) {
            sends.add(publisher.publish(
                    Topics.SESSION_EVENTS,
                    cp,
                    new SessionUpdated(
                            session, null, cp, org, "driver", r * 3_000L, 11_000L, start.plusSeconds(r * 1_200L))));
        }
        long energy = (READINGS + 1) * 3_000L;
        sends.add(publisher.publish(
                Topics.SESSION_EVENTS,
                cp,
                new SessionStopped(
                        session,
                        null,
                        cp,
                        1,
                        1,
                        "1",
                        org,
                        null,
                        "TAG",
                        "driver",
                        "COMPLETED",
                        start,
                        start.plusSeconds((READINGS + 1) * 1_200L),
                        0L,
                        energy,
                        energy,
                        "Local",
                        false)));
        return sends;
    }

    private long priced() {
        return jdbc.sql("""
                        SELECT count(*) FROM session_price p JOIN priced_session s USING (session_id)
                        WHERE s.organization_id = :org""").param("org", org).query(Long.class).single();
    }
}
