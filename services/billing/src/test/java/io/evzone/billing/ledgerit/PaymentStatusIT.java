package io.evzone.billing.ledgerit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.Permissions;
import io.evzone.platform.test.TestTokens;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The payer back from checkout confirms a payment; finance lists payments in its organization. */
class PaymentStatusIT extends LedgerIT {

    private static String stubPendingStripeIntent(long amount) {
        String intentId = "pi_" + UUID.randomUUID().toString().replace("-", "");
        STUBS.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("amount=" + amount + "&"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"id\":\"" + intentId + "\",\"status\":\"processing\",\"amount\":" + amount + "}")));
        return intentId;
    }

    @Test
    void confirmingAsksTheProviderAndCreditsTheWalletOnceWithoutTheWebhook() {
        WalletApi payer = newDriver();
        long amount = ThreadLocalRandom.current().nextLong(10_000, 99_999_999);
        String intent = stubPendingStripeIntent(amount);
        String paymentId = payer.post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"provider\": \"stripe\"}")
                .ok()
                .path("id")
                .asString();
        assertThat(payer.get("/api/v1/payments/" + paymentId + "/status")
                        .ok()
                        .path("status")
                        .asString())
                .isEqualTo("PENDING");
        STUBS.stubFor(get(urlEqualTo("/v1/payment_intents/" + intent))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + intent + "\",\"status\":\"succeeded\",\"amount\":" + amount
                                + ",\"amount_received\":" + amount + "}")));

        JsonNode confirmed =
                payer.post("/api/v1/payments/" + paymentId + "/confirm", "").ok();
        payer.post("/api/v1/payments/" + paymentId + "/confirm", "").ok();

        assertThat(confirmed.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(confirmed.path("transactionId").asString()).isNotBlank();
        assertThat(payer.balanceMinor()).isEqualTo(amount);
        assertThat(newDriver()
                        .post("/api/v1/payments/" + paymentId + "/confirm", "")
                        .status())
                .isEqualTo(404);
        assertThat(newDriver().get("/api/v1/payments/" + paymentId + "/status").status())
                .isEqualTo(404);
    }

    @Test
    void financeListsThePaymentsIntoItsOwnOrganizationsWalletOnly() {
        String org = "org-" + UUID.randomUUID();
        WalletApi manager = new WalletApi(
                port, TestTokens.withPermissions(org, Permissions.BILLING_MANAGE, Permissions.BILLING_READ));
        WalletApi stranger =
                new WalletApi(port, TestTokens.withPermissions("org-" + UUID.randomUUID(), "billing.read"));
        String paymentId = manager.post(
                        "/api/v1/wallet/topup", "{\"amount\": 25000, \"organizationId\": \"" + org + "\"}")
                .ok()
                .path("id")
                .asString();
        newDriver().topUp("1000", "UGX");

        JsonNode ours = manager.get("/api/v1/finance/payments?status=SUCCEEDED&limit=10")
                .ok();
        JsonNode theirs = stranger.get("/api/v1/finance/payments").ok();

        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).path("id").asString()).isEqualTo(paymentId);
        assertThat(ours.get(0).path("amount").asString()).isEqualTo("25000");
        assertThat(theirs).isEmpty();
        assertThat(stranger.get("/api/v1/finance/payments?organizationId=" + org)
                        .status())
                .isEqualTo(403);
        assertThat(admin().get("/api/v1/finance/payments?organizationId=" + org).ok())
                .hasSize(1);
        assertThat(newDriver().get("/api/v1/finance/payments").status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/finance/payments?status=NOPE").status()).isEqualTo(400);
        assertThat(new WalletApi(port, TestTokens.token("u", org, "x", Set.of("billing.read")))
                        .get("/api/v1/payments/" + paymentId + "/status")
                        .status())
                .isEqualTo(200);
    }
}
