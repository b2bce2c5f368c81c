package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Permissions;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A station owner's statement from its priced sessions, and withdrawals never beyond what it earned. */
class SettlementsIT extends LedgerIT {

    @Autowired
    EventPublisher publisher;

    @Test
    void anOwnerSeesWhatItEarnedAndWithdrawsNoMore() {
        String organization = "owner-" + UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        publisher.publish(
                Topics.BILLING_EVENTS,
                session,
                new SessionPriced(
                        session,
                        1,
                        UUID.randomUUID().toString(),
                        organization,
                        null,
                        "CP-9",
                        null,
                        "UGX",
                        59_000,
                        9_000,
                        50_000,
                        0,
                        Instant.now()));
        WalletApi finance = new WalletApi(
                port,
                TestTokens.token(
                        UUID.randomUUID().toString(),
                        organization,
                        "finance",
                        Set.of(Permissions.BILLING_READ, Permissions.BILLING_MANAGE)));

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() ->
                        assertThat(finance.get("/api/v1/settlements").ok()).hasSize(1));
        JsonNode statement = finance.get("/api/v1/settlements").ok().get(0);
        assertThat(statement.path("earned").decimalValue()).isEqualByComparingTo("45000");
        assertThat(statement.path("vatPayable").decimalValue()).isEqualByComparingTo("9000");

        String withdrawal = "{\"amount\": %s, \"currency\": \"UGX\", \"payoutMethod\": \"MOBILE_MONEY\","
                + " \"payoutAccount\": \"256772000111\"}";
        finance.post("/api/v1/withdrawals", withdrawal.formatted("45001")).problem(422, "amount");
        finance.post("/api/v1/withdrawals", withdrawal.formatted("40000")).ok();
        finance.post("/api/v1/withdrawals", withdrawal.formatted("0")).problem(400, "amount");

        JsonNode after = finance.get("/api/v1/settlements").ok().get(0);
        assertThat(after.path("withdrawn").decimalValue()).isEqualByComparingTo("40000");
        assertThat(after.path("available").decimalValue()).isEqualByComparingTo("5000");
        assertThat(finance.get("/api/v1/withdrawals").ok()).hasSize(1);
        newDriver().get("/api/v1/settlements").problem(403, "permission");
    }
}
