package io.evzone.billing.ledgerit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stripe PaymentIntents and webhooks against a local stub speaking Stripe's documented API. */
class StripeIT extends LedgerIT {

    private static long uniqueAmount() {
        return ThreadLocalRandom.current().nextLong(10_000, 99_999_999);
    }

    private static String stubCreate(long amount, int status, String body) {
        String intentId = "pi_" + UUID.randomUUID().toString().replace("-", "");
        STUBS.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer sk_test_evzone"))
                .withRequestBody(containing("amount=" + amount + "&"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body.replace("$ID", intentId))));
        return intentId;
    }

    private HttpResponse<String> webhook(String provider, String body, String signature) {
        TestHttp http = new TestHttp(port);
        return signature == null
                ? http.post("/api/v1/payments/webhooks/" + provider, body)
                : http.post("/api/v1/payments/webhooks/" + provider, body, "Stripe-Signature", signature);
    }

    private HttpResponse<String> signedWebhook(String body) {
        return webhook(
                "stripe", body, StripeSignatures.header(body, Instant.now().getEpochSecond(), StripeSignatures.SECRET));
    }

    @Test
    void aStripeTopUpIsCreditedOnceByItsSignedWebhookWhateverComesAfter() {
        WalletApi api = newDriver();
        long amount = uniqueAmount();
        String intent = stubCreate(
                amount,
                200,
                "{\"id\": \"$ID\", \"object\": \"payment_intent\", \"status\":"
                        + " \"requires_payment_method\", \"amount\": " + amount + "}");

        JsonNode payment = api.post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"provider\": \"stripe\"}")
                .ok();

        assertThat(payment.path("status").asString()).isEqualTo("PENDING");
        assertThat(payment.path("providerPaymentId").asString()).isEqualTo(intent);
        assertThat(api.balanceMinor()).isZero();
        String paymentId = payment.path("id").asString();
        STUBS.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo(paymentId))
                .withRequestBody(containing("metadata%5Bpayment_id%5D=" + paymentId)));

        String succeeded = StripeSignatures.event(
                "evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, paymentId, "succeeded", amount);
        assertThat(signedWebhook(succeeded).body()).contains("APPLIED");
        assertThat(signedWebhook(succeeded).body()).contains("DUPLICATE");
        String lateFailure = StripeSignatures.event(
                "evt_" + UUID.randomUUID(),
                "payment_intent.payment_failed",
                intent,
                paymentId,
                "requires_payment_method",
                amount);
        assertThat(signedWebhook(lateFailure).statusCode()).isEqualTo(200);

        assertThat(api.balanceMinor()).isEqualTo(amount);
        assertThat(api.get("/api/v1/payment-intents/" + paymentId)
                        .ok()
                        .path("status")
                        .asString())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void aFailureBeforeTheSuccessDoesNotStopTheSuccessFromCrediting() {
        WalletApi api = newDriver();
        long amount = uniqueAmount();
        String intent =
                stubCreate(amount, 200, "{\"id\": \"$ID\", \"status\": \"processing\", \"amount\": " + amount + "}");
        String paymentId = api.post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"provider\": \"stripe\"}")
                .ok()
                .path("id")
                .asString();

        signedWebhook(StripeSignatures.event(
                "evt_" + UUID.randomUUID(),
                "payment_intent.payment_failed",
                intent,
                paymentId,
                "requires_payment_method",
                amount));
        assertThat(api.get("/api/v1/payment-intents/" + paymentId)
                        .ok()
                        .path("status")
                        .asString())
                .isEqualTo("FAILED");
        signedWebhook(StripeSignatures.event(
                "evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, paymentId, "succeeded", amount));

        assertThat(api.balanceMinor()).isEqualTo(amount);
    }

    @Test
    void forgedStaleOrUnsignedWebhooksAreRefusedAndChangeNothing() {
        WalletApi api = newDriver();
        long amount = uniqueAmount();
        String intent = stubCreate(amount, 200, "{\"id\": \"$ID\", \"status\": \"processing\"}");
        String paymentId = api.post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"provider\": \"stripe\"}")
                .ok()
                .path("id")
                .asString();
        String body = StripeSignatures.event(
                "evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent, paymentId, "succeeded", amount);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> forged = webhook("stripe", body, StripeSignatures.header(body, now, "whsec_someone_else"));
        HttpResponse<String> stale =
                webhook("stripe", body, StripeSignatures.header(body, now - 600, StripeSignatures.SECRET));
        HttpResponse<String> unsigned = webhook("stripe", body, null);
        HttpResponse<String> tampered = webhook(
                "stripe",
                body.replace("\"amount\": " + amount, "\"amount\": 1"),
                StripeSignatures.header(body, now, StripeSignatures.SECRET));
        HttpResponse<String> unknownProvider = webhook("paypal", body, null);

        for (HttpResponse<String> refused : new HttpResponse[] {forged, stale, unsigned, tampered}) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Stripe-Signature");
        }
        assertThat(unknownProvider.statusCode()).isEqualTo(400);
        assertThat(unknownProvider.body()).contains("provider");
        assertThat(api.balanceMinor()).isZero();
    }

    @Test
    void aDeclinedCardFailsThePaymentAndCreditsNothing() {
        WalletApi api = newDriver();
        long amount = uniqueAmount();
        stubCreate(
                amount,
                402,
                "{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\","
                        + " \"message\": \"Your card was declined.\"}}");

        JsonNode payment = api.post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"provider\": \"stripe\"}")
                .ok();

        assertThat(payment.path("status").asString()).isEqualTo("FAILED");
        assertThat(payment.path("failureReason").asString()).contains("Your card was declined.");
        assertThat(api.balanceMinor()).isZero();
    }

    @Test
    void aStripeThatTimesOutOrFailsLeavesThePaymentPendingForReconciliation() {
        WalletApi api = newDriver();
        long slow = uniqueAmount();
        STUBS.stubFor(post(urlEqualTo("/v1/payment_intents"))
                .withRequestBody(matching(".*amount=" + slow + "&.*"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000).withBody("{}")));
        long broken = uniqueAmount();
        stubCreate(broken, 503, "{\"error\": {\"type\": \"api_error\", \"message\": \"try again\"}}");

        JsonNode timedOut = api.post("/api/v1/wallet/topup", "{\"amount\": " + slow + ", \"provider\": \"stripe\"}")
                .ok();
        JsonNode unavailable = api.post(
                        "/api/v1/wallet/topup", "{\"amount\": " + broken + ", \"provider\": \"stripe\"}")
                .ok();

        assertThat(timedOut.path("status").asString()).isEqualTo("PENDING");
        assertThat(unavailable.path("status").asString()).isEqualTo("PENDING");
        assertThat(api.balanceMinor()).isZero();
    }

    @Test
    void reconciliationAsksStripeAboutAPendingPaymentAndSettlesIt() {
        WalletApi api = newDriver();
        long amount = uniqueAmount();
        String intent = stubCreate(amount, 200, "{\"id\": \"$ID\", \"status\": \"processing\"}");
        JsonNode pending = api.post("/api/v1/wallet/topup", "{\"amount\": " + amount + ", \"provider\": \"stripe\"}")
                .ok();
        assertThat(pending.path("status").asString()).as(pending.toString()).isEqualTo("PENDING");
        String paymentId = pending.path("id").asString();
        STUBS.stubFor(get(urlEqualTo("/v1/payment_intents/" + intent))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"" + intent + "\", \"status\": \"succeeded\", \"amount\": " + amount
                                + ", \"amount_received\": " + amount + "}")));

        JsonNode report = admin().post("/api/v1/finance/reconciliation", "").ok();

        assertThat(report.toString()).contains(paymentId).contains("SUCCEEDED");
        assertThat(api.balanceMinor()).isEqualTo(amount);
    }
}
