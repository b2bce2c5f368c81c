package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Saved payment methods hold provider tokens only; the first is the default. */
class PaymentMethodsIT extends LedgerIT {

    @Test
    void methodsAreSavedAsTokensAndOneIsTheDefault() {
        WalletApi api = newDriver();

        JsonNode card = api.post(
                        "/api/v1/payment-methods",
                        "{\"provider\": \"stripe\", \"type\": \"CARD\", \"token\": \"pm_card_visa\", \"brand\": \"visa\", \"last4\": \"4242\"}")
                .ok();
        JsonNode momo = api.post(
                        "/api/v1/payment-methods",
                        "{\"provider\": \"momo\", \"type\": \"MOBILE_MONEY\", \"token\": \"msisdn-256772123456\", \"phone\": \"256772123456\"}")
                .ok();

        assertThat(card.path("isDefault").asBoolean()).isTrue();
        assertThat(card.has("token")).isFalse();
        api.post("/api/v1/payment-methods/" + momo.path("id").asString() + "/set-default", "")
                .ok();
        JsonNode list = api.get("/api/v1/payment-methods").ok();
        assertThat(list.get(0).path("id").asString()).isEqualTo(momo.path("id").asString());
        assertThat(list.get(1).path("isDefault").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/payment-methods").raw()).doesNotContain("pm_card_visa");

        TestHttp http = new TestHttp(port);
        assertThat(newDriver()
                        .post("/api/v1/payment-methods/" + card.path("id").asString() + "/set-default", "")
                        .status())
                .isEqualTo(404);
        assertThat(http.delete("/api/v1/payment-methods/" + card.path("id").asString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void cardNumbersAndUnknownProvidersAreRefused() {
        WalletApi api = newDriver();
        api.post("/api/v1/payment-methods", "{\"provider\": \"stripe\", \"token\": \"4242 4242 4242 4242\"}")
                .problem(400, "token");
        api.post("/api/v1/payment-methods", "{\"provider\": \"paypal\", \"token\": \"tok\"}")
                .problem(400, "provider");
        api.post("/api/v1/payment-methods", "{\"provider\": \"stripe\", \"token\": \"pm_x\", \"last4\": \"42\"}")
                .problem(400, "last4");
        api.post("/api/v1/payment-methods", "{\"provider\": \"stripe\", \"token\": \"pm_x\", \"cardNumber\": \"4242\"}")
                .problem(400, "cardNumber");
        assertThat(api.get("/api/v1/payment-methods").ok()).isEmpty();
    }
}
