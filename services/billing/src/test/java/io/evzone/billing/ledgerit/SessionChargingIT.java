package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.billing.wallet.application.LedgerAudit;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.platform.messaging.EventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A prepaid driver's session over Kafka: SessionStarted holds the estimate (UGX 50,000), SessionPriced
 * captures the price from the hold, releases the rest, and credits the station owner, its VAT and the
 * platform fee (10 % of the net); a re-pricing replaces the charge; an unpriced hold expires.
 */
class SessionChargingIT extends LedgerIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Autowired
    EventPublisher publisher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerAudit audit;

    private void started(String sessionId, String userId, String organizationId) {
        publisher.publish(
                Topics.SESSION_EVENTS,
                "CP-1",
                new SessionStarted(
                        sessionId,
                        null,
                        "CP-1",
                        1,
                        1,
                        "7",
                        organizationId,
                        "station-1",
                        "TAG",
                        userId,
                        Instant.now(),
                        0L,
                        "1.6"));
    }

    private void priced(String sessionId, String userId, String organizationId, long total, long vat, int version) {
        publisher.publish(
                Topics.BILLING_EVENTS,
                sessionId,
                new SessionPriced(
                        sessionId,
                        version,
                        userId,
                        organizationId,
                        null,
                        "CP-1",
                        null,
                        "UGX",
                        total,
                        vat,
                        total - vat,
                        0,
                        Instant.now()));
    }

    private long balanceOf(String kind, String owner) {
        return jdbc.sql("SELECT COALESCE(SUM(balance), 0) FROM ledger_account WHERE kind = :kind AND owner_id = :owner")
                .param("kind", kind)
                .param("owner", owner)
                .query(Long.class)
                .single();
    }

    @Test
    void aPricedSessionIsCapturedFromItsHoldAndCreditsTheStationOwner() {
        String userId = UUID.randomUUID().toString();
        String organizationId = "org-" + UUID.randomUUID();
        String sessionId = UUID.randomUUID().toString();
        WalletApi api = driver(userId);
        api.topUp("100000", "UGX");

        started(sessionId, userId, organizationId);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode balance = api.get("/api/v1/wallet/balance").ok();
            assertThat(balance.path("held").decimalValue()).isEqualByComparingTo("50000");
            assertThat(balance.path("balanceMinor").asLong()).isEqualTo(50_000);
        });

        priced(sessionId, userId, organizationId, 30_000, 4_576, 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.balanceMinor()).isEqualTo(70_000));
        assertThat(api.get("/api/v1/wallet/balance").ok().path("held").decimalValue())
                .isZero();
        assertThat(balanceOf("REVENUE", organizationId)).isEqualTo(25_424 - 2_542);
        assertThat(balanceOf("VAT_PAYABLE", organizationId)).isEqualTo(4_576);

        priced(sessionId, userId, organizationId, 40_000, 6_102, 2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.balanceMinor()).isEqualTo(60_000));
        priced(sessionId, userId, organizationId, 10_000, 1_525, 1);
        assertThat(balanceOf("REVENUE", organizationId)).isEqualTo(33_898 - 3_390);
        assertThat(audit.check().exact()).isTrue();
    }

    @Test
    void aSessionCostingMoreThanTheWalletHasLeavesTheRestOwed() {
        String userId = UUID.randomUUID().toString();
        String sessionId = UUID.randomUUID().toString();
        WalletApi api = driver(userId);
        api.topUp("20000", "UGX");

        started(sessionId, userId, "org-owner");
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.balanceMinor()).isZero());
        priced(sessionId, userId, "org-owner", 26_000, 3_966, 1);

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(balanceOf("RECEIVABLE", userId)).isEqualTo(-6_000));
        assertThat(api.balanceMinor()).isZero();
    }

    @Test
    void aHoldThatIsNeverCapturedExpiresAndIsReleased() {
        String userId = UUID.randomUUID().toString();
        WalletApi api = driver(userId);
        api.topUp("80000", "UGX");

        started(UUID.randomUUID().toString(), userId, "org-owner");
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.balanceMinor()).isEqualTo(30_000));

        await().atMost(WAIT).untilAsserted(() -> assertThat(api.balanceMinor()).isEqualTo(80_000));
        assertThat(api.get("/api/v1/wallet/transactions")
                        .ok()
                        .get(0)
                        .path("type")
                        .asString())
                .isEqualTo("HOLD_RELEASE");
    }
}
