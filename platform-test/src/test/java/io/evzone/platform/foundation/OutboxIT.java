package io.evzone.platform.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.platform.foundation.FoundationTestApplication.HandledEvents;
import io.evzone.platform.outbox.Outbox;
import io.evzone.platform.outbox.OutboxRelay;
import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@EvzoneIntegrationTest
class OutboxIT {

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HandledEvents handled;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void anEventCommittedWhileTheRelayIsDownArrivesExactlyOnceAfterItComesBack() {
        relay.stop();
        try {
            String name = "relay-down-" + UUID.randomUUID();
            createWidget(name, "corr-outbox-1");

            assertThat(unpublished(name)).as("committed but not yet relayed").isEqualTo(1);
            assertThat(received(name)).isZero();
        } finally {
            relay.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedByCorrelation("corr-outbox-1") == 1);
    }

    @Test
    void aBatchResentAfterACrashBetweenPublishAndMarkIsProcessedOnce() {
        String name = "resent-" + UUID.randomUUID();
        createWidget(name, "corr-outbox-2");
        await().atMost(Duration.ofSeconds(30)).until(() -> received(name) == 1);
        int runsBefore = handled.runs.get();

        // What the database holds when the relay dies after Kafka acknowledged but before the mark committed.
        jdbc.sql("UPDATE outbox SET published_at = NULL WHERE message_key = :key")
                .param("key", name)
                .update();
        relay.wakeUp();

        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(name) == 0);
        String marker = "after-resend-" + UUID.randomUUID();
        createWidget(marker, "corr-outbox-3");
        await().atMost(Duration.ofSeconds(30)).until(() -> received(marker) == 1);
        assertThat(received(name)).isEqualTo(1);
        assertThat(handled.runs.get() - runsBefore)
                .as("only the marker event ran the handler")
                .isEqualTo(1);
    }

    @Test
    void theCorrelationIdOfTheHttpRequestTravelsWithTheEvent() {
        String name = "correlated-" + UUID.randomUUID();
        createWidget(name, "corr-travels");

        await().atMost(Duration.ofSeconds(30)).until(() -> received(name) == 1);
        String correlationId = jdbc.sql("SELECT correlation_id FROM received_event WHERE name = :name")
                .param("name", name)
                .query(String.class)
                .single();
        assertThat(correlationId).isEqualTo("corr-travels");
    }

    @Test
    void aTransactionsEventsAreWrittenAtCommitInTheOrderTheyWereAppended() {
        String key = "ordered-" + UUID.randomUUID();
        var transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 5; i++) {
                outbox.append("test.ordered", key, Map.of("n", i));
            }
            assertThat(rows(key)).as("written when the transaction commits").isEmpty();
        });

        assertThat(rows(key)).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void aRolledBackTransactionLeavesNoEventsAndANestedOneKeepsItsOwn() {
        String key = "nested-" + UUID.randomUUID();
        var outer = new TransactionTemplate(transactionManager);
        var inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        outer.executeWithoutResult(status -> {
            outbox.append("test.nested", key, Map.of("n", "outer-before"));
            inner.executeWithoutResult(s -> outbox.append("test.nested", key, Map.of("n", "inner")));
            outbox.append("test.nested", key, Map.of("n", "outer-after"));
            status.setRollbackOnly();
        });

        assertThat(rows(key)).containsExactly("inner");
    }

    /** The payloads' {@code n} of the key's outbox rows, in the order the relay publishes them. */
    private List<String> rows(String key) {
        return jdbc
                .sql("SELECT envelope FROM outbox WHERE message_key = :key ORDER BY id")
                .param("key", key)
                .query(String.class)
                .list()
                .stream()
                .map(envelope ->
                        json.readTree(envelope).path("payload").path("n").asString())
                .toList();
    }

    private void createWidget(String name, String correlationId) {
        var response = new TestHttp(port)
                .post(
                        "/api/v1/widgets",
                        "{\"name\":\"" + name + "\",\"quantity\":2}",
                        "Authorization",
                        "Bearer " + TestTokens.withPermissions("org-1", "widgets.write"),
                        "X-Correlation-Id",
                        correlationId);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
    }

    private int unpublished(String key) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE message_key = :key AND published_at IS NULL")
                .param("key", key)
                .query(Integer.class)
                .single();
    }

    private int received(String name) {
        return jdbc.sql("SELECT count(*) FROM received_event WHERE name = :name")
                .param("name", name)
                .query(Integer.class)
                .single();
    }

    private int receivedByCorrelation(String correlationId) {
        return jdbc.sql("SELECT count(*) FROM received_event WHERE correlation_id = :c")
                .param("c", correlationId)
                .query(Integer.class)
                .single();
    }
}
