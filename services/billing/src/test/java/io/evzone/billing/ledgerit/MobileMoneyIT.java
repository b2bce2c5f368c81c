package io.evzone.billing.ledgerit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** MTN MoMo Collections and Flutterwave against a local stub speaking their documented APIs. */
class MobileMoneyIT extends LedgerIT {

    @BeforeAll
    static void stubProviders() {
        STUBS.stubFor(
                post(urlEqualTo("/collection/token/"))
                        .withHeader("Authorization", equalTo("Basic bW9tby11c2VyOm1vbW8ta2V5"))
                        .withHeader("Ocp-Apim-Subscription-Key", equalTo("momo-subscription"))
                        .willReturn(
                                aResponse()
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"access_token\": \"momo-token\", \"token_type\": \"access_token\", \"expires_in\": 3600}")));
        STUBS.stubFor(post(urlEqualTo("/collection/v1_0/requesttopay"))
                .withHeader("Authorization", equalTo("Bearer momo-token"))
                .withHeader("X-Target-Environment", equalTo("sandbox"))
                .withRequestBody(matchingJsonPath("$.payer[?(@.partyIdType == 'MSISDN')]"))
                .willReturn(aResponse().withStatus(202)));
        STUBS.stubFor(post(urlEqualTo("/v3/payments"))
                .withHeader("Authorization", equalTo("Bearer FLWSECK_TEST-evzone"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\": \"success\", \"message\": \"Hosted Link\","
                                + " \"data\": {\"link\": \"https://checkout.flutterwave.test/pay/abc\"}}")));
    }

    private static void momoStatus(String paymentId, String status, String amount) {
        STUBS.stubFor(get(urlEqualTo("/collection/v1_0/requesttopay/" + paymentId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"amount\": \"" + amount + "\", \"currency\": \"UGX\", \"externalId\": \"" + paymentId
                                        + "\", \"payer\": {\"partyIdType\": \"MSISDN\", \"partyId\": \"256772123456\"},"
                                        + " \"status\": \"" + status + "\"}")));
    }

    private HttpResponse<String> callback(String provider, String body, String... headers) {
        return new TestHttp(port).post("/api/v1/payments/webhooks/" + provider, body, headers);
    }

    @Test
    void aMomoPaymentIsCreditedWhenTheStatusQueryConfirmsTheCallback() {
        WalletApi api = newDriver();
        JsonNode payment = api.post(
                        "/api/v1/wallet/topup",
                        "{\"amount\": 15000, \"currency\": \"UGX\", \"provider\": \"momo\", \"phone\": \"+256 772 123456\"}")
                .ok();
        String paymentId = payment.path("id").asString();
        assertThat(payment.path("status").asString()).isEqualTo("PENDING");
        STUBS.verify(postRequestedFor(urlEqualTo("/collection/v1_0/requesttopay"))
                .withHeader("X-Reference-Id", equalTo(paymentId))
                .withRequestBody(equalToJson(
                        "{\"amount\": \"15000\", \"currency\": \"UGX\", \"externalId\": \"" + paymentId
                                + "\", \"payer\": {\"partyIdType\": \"MSISDN\", \"partyId\": \"256772123456\"}}",
                        true,
                        true)));

        momoStatus(paymentId, "PENDING", "15000");
        String claim = "{\"externalId\": \"" + paymentId + "\", \"status\": \"SUCCESSFUL\", \"amount\": \"15000\"}";
        assertThat(callback("momo", claim).statusCode()).isEqualTo(200);
        assertThat(api.balanceMinor())
                .as("a callback MoMo does not confirm credits nothing")
                .isZero();

        momoStatus(paymentId, "SUCCESSFUL", "15000");
        String confirmed = "{\"externalId\": \"" + paymentId
                + "\", \"status\": \"SUCCESSFUL\", \"financialTransactionId\": \"123\"}";
        assertThat(callback("momo", confirmed).body()).contains("APPLIED");
        assertThat(callback("momo", confirmed).body()).contains("DUPLICATE");
        assertThat(api.balanceMinor()).isEqualTo(15_000);
    }

    @Test
    void aMomoPaymentWithoutAPhoneOrWithTooManyDecimalsIsAProblemNamingTheField() {
        WalletApi api = newDriver();
        api.post("/api/v1/wallet/topup", "{\"amount\": 15000, \"provider\": \"momo\"}")
                .problem(400, "phone");
        api.post("/api/v1/wallet/topup", "{\"amount\": 15000.5, \"provider\": \"momo\", \"phone\": \"256772123456\"}")
                .problem(400, "amount");
        api.post("/api/v1/wallet/topup", "{\"amount\": -1, \"provider\": \"momo\", \"phone\": \"256772123456\"}")
                .problem(400, "amount");
    }

    @Test
    void aFailedMomoPaymentIsFailedAndCreditsNothing() {
        WalletApi api = newDriver();
        String paymentId = api.post(
                        "/api/v1/wallet/topup",
                        "{\"amount\": 9000, \"provider\": \"momo\", \"phone\": \"256772123456\"}")
                .ok()
                .path("id")
                .asString();
        momoStatus(paymentId, "FAILED", "9000");

        callback("momo", "{\"externalId\": \"" + paymentId + "\", \"status\": \"FAILED\"}");

        assertThat(api.get("/api/v1/payment-intents/" + paymentId)
                        .ok()
                        .path("status")
                        .asString())
                .isEqualTo("FAILED");
        assertThat(api.balanceMinor()).isZero();
    }

    @Test
    void aFlutterwavePaymentGoesThroughItsCheckoutAndIsVerifiedBeforeCrediting() {
        WalletApi api = newDriver();
        JsonNode payment = api.post("/api/v1/wallet/topup", "{\"amount\": 12000, \"provider\": \"flutterwave\"}")
                .ok();
        String paymentId = payment.path("id").asString();
        assertThat(payment.path("checkoutUrl").asString()).isEqualTo("https://checkout.flutterwave.test/pay/abc");
        STUBS.stubFor(get(urlPathEqualTo("/v3/transactions/verify_by_reference"))
                .withQueryParam("tx_ref", equalTo(paymentId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\": \"success\", \"data\": {\"id\": 4242, \"tx_ref\": \"" + paymentId
                                + "\", \"status\": \"successful\", \"amount\": 12000, \"currency\": \"UGX\"}}")));
        String event = "{\"event\": \"charge.completed\", \"data\": {\"id\": 4242, \"tx_ref\": \"" + paymentId
                + "\", \"status\": \"successful\", \"amount\": 12000, \"currency\": \"UGX\"}}";

        HttpResponse<String> forged = callback("flutterwave", event, "verif-hash", "guessed");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("verif-hash");
        assertThat(api.balanceMinor()).isZero();

        assertThat(callback("flutterwave", event, "verif-hash", "evzone-flutterwave-hash")
                        .body())
                .contains("APPLIED");
        assertThat(api.balanceMinor()).isEqualTo(12_000);
    }

    @Test
    void aMomoThatDoesNotAnswerLeavesThePaymentPending() {
        STUBS.stubFor(post(urlEqualTo("/collection/v1_0/requesttopay"))
                .withRequestBody(matchingJsonPath("$[?(@.amount == '4321')]"))
                .willReturn(aResponse().withStatus(500)));
        WalletApi api = newDriver();

        JsonNode payment = api.post(
                        "/api/v1/wallet/topup",
                        "{\"amount\": 4321, \"provider\": \"momo\", \"phone\": \"256772123456\"}")
                .ok();

        assertThat(payment.path("status").asString()).isEqualTo("PENDING");
        assertThat(api.balanceMinor()).isZero();
    }
}
