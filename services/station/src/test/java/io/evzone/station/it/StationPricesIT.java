package io.evzone.station.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A station's price and booking fee are numbers in major units of its currency, never text. */
@StationIntegrationTest
class StationPricesIT {

    private final Api operator;

    @Autowired
    StationPricesIT(@LocalServerPort int port, JsonMapper json) {
        this.operator = new Api(port, json, TestTokens.withPermissions("org-p", "stations.read", "stations.write"));
    }

    @Test
    void pricesAreNumbersInMajorUnitsWithTheCurrencysDecimals() {
        JsonNode station = operator.post(
                        "/api/v1/stations", body("\"price\":0.35,\"bookingFee\":12.5,\"currency\":\"usd\""))
                .ok();

        assertThat(station.path("price").isNumber()).isTrue();
        assertThat(station.path("price").decimalValue()).isEqualByComparingTo("0.35");
        assertThat(station.path("bookingFee").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(station.path("currency").asString()).isEqualTo("USD");
        JsonNode changed = operator.patch(
                        "/api/v1/stations/" + station.path("id").asString(), "{\"price\":0.4}")
                .ok();
        assertThat(changed.path("price").decimalValue()).isEqualByComparingTo("0.40");
        assertThat(changed.path("bookingFee").decimalValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void aNumberSentAsAStringIsReadAsANumber() {
        JsonNode station = operator.post("/api/v1/stations", body("\"price\":\"1500\",\"bookingFee\":\"2000\""))
                .ok();

        assertThat(station.path("price").decimalValue()).isEqualByComparingTo("1500");
        assertThat(station.path("bookingFee").decimalValue()).isEqualByComparingTo("2000");
    }

    @Test
    void textFractionsBeyondTheCurrencyAndNegativesAreRefusedByName() {
        operator.post("/api/v1/stations", body("\"price\":\"UGX 1,200/kWh\"")).problem(400, "price");
        operator.post("/api/v1/stations", body("\"bookingFee\":2.5")).problem(400, "bookingFee: UGX has 0 decimals");
        operator.post("/api/v1/stations", body("\"price\":0.355,\"currency\":\"USD\""))
                .problem(400, "price: USD has 2 decimals");
        operator.post("/api/v1/stations", body("\"bookingFee\":-1")).problem(400, "bookingFee");
        String dollars = operator.post("/api/v1/stations", body("\"price\":0.35,\"currency\":\"USD\""))
                .ok()
                .path("id")
                .asString();
        operator.patch("/api/v1/stations/" + dollars, "{\"currency\":\"UGX\"}").problem(400, "price: UGX has 0");
    }

    private static String body(String money) {
        return "{\"code\":\"%s\",\"name\":\"Priced\",\"latitude\":0.3,\"longitude\":32.5,%s}"
                .formatted(Registry.unique("PRC"), money);
    }
}
