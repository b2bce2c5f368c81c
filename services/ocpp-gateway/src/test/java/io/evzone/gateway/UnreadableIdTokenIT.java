package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A NUL (or another control character) in an id token: PostgreSQL cannot store it, so the session service could
 * never record the transaction. The token is answered Invalid at once, and the transaction is still reported, under
 * the token with U+FFFD in place of the control character, with its end.
 */
class UnreadableIdTokenIT extends GatewayIntegrationTest {

    private static final String REPLACED = "N\uFFFDL";
    private static final String REPLACED_ESCAPED = "N\\uFFFDL";

    private boolean asked(String chargePointId, Class<? extends ChargerQuestion> kind) {
        return domain.questions.stream().anyMatch(q -> q.ocppId().equals(chargePointId) && kind.isInstance(q));
    }

    @Test
    void ocpp16AuthorizeIsInvalidAtOnceAndTheTransactionIsStoredAndAnsweredInvalid() {
        try (RawCharger charger = RawCharger.connect(ws("CP_NUL_TAG_16"), "ocpp1.6")) {
            charger.send("""
                    [2,"a-1","Authorize",{"idTag":"N\\u0000L"}]""");
            assertThat(charger.answerTo("a-1")).contains("\"status\":\"Invalid\"");
            assertThat(asked("CP_NUL_TAG_16", ChargerQuestion.AuthorizeQuestion.class))
                    .isFalse();

            charger.send("""
                    [2,"s-1","StartTransaction",{"connectorId":1,"idTag":"N\\u0000L","meterStart":100,
                     "timestamp":"2026-12-01T10:00:00Z"}]""");
            String started = charger.answerTo("s-1");
            assertThat(started)
                    .startsWith("[3,")
                    .contains("\"status\":\"Invalid\"")
                    .contains("\"transactionId\":");
            assertThat(events.await("CP_NUL_TAG_16", "TransactionReported", "STARTED")
                            .json())
                    .containsAnyOf(REPLACED, REPLACED_ESCAPED)
                    .doesNotContain("\\u0000");

            charger.send("""
                    [2,"e-1","StopTransaction",{"transactionId":%s,"idTag":"N\\u0000L","meterStop":900,
                     "timestamp":"2026-12-01T10:05:00Z"}]""".formatted(transactionId(started)));
            assertThat(charger.answerTo("e-1")).startsWith("[3,").contains("\"status\":\"Invalid\"");
            assertThat(events.await("CP_NUL_TAG_16", "TransactionReported", "ENDED")
                            .json())
                    .containsAnyOf(REPLACED, REPLACED_ESCAPED)
                    .contains("900");
        }
    }

    @Test
    void ocpp201AuthorizeIsInvalidAtOnceAndTheTransactionEventIsStoredAndAnsweredInvalid() {
        try (RawCharger station = RawCharger.connect(ws("CP_NUL_TAG_201"), "ocpp2.0.1")) {
            station.send("""
                    [2,"a-2","Authorize",{"idToken":{"idToken":"N\\u0000L","type":"ISO14443"}}]""");
            assertThat(station.answerTo("a-2")).contains("\"status\":\"Invalid\"");
            assertThat(asked("CP_NUL_TAG_201", ChargerQuestion.AuthorizeQuestion.class))
                    .isFalse();

            station.send("""
                    [2,"t-2","TransactionEvent",{"eventType":"Started","timestamp":"2026-12-01T10:00:00Z",
                     "triggerReason":"Authorized","seqNo":0,"transactionInfo":{"transactionId":"TX-NUL"},
                     "evse":{"id":1,"connectorId":1},"idToken":{"idToken":"N\\u0007L","type":"ISO14443"}}]""");
            assertThat(station.answerTo("t-2"))
                    .startsWith("[3,")
                    .contains("\"idTokenInfo\"")
                    .contains("\"status\":\"Invalid\"");
            assertThat(events.await("CP_NUL_TAG_201", "TransactionReported", "TX-NUL")
                            .json())
                    .containsAnyOf(REPLACED, REPLACED_ESCAPED)
                    .doesNotContain("\\u0007");
        }
    }

    @Test
    void aTokenOfPrintableCharactersIsStillAskedAbout() {
        try (RawCharger charger = RawCharger.connect(ws("CP_FINE_TAG_16"), "ocpp1.6")) {
            charger.send("""
                    [2,"a-3","Authorize",{"idTag":"Ñandú-ß"}]""");

            charger.answerTo("a-3");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> asked("CP_FINE_TAG_16", ChargerQuestion.AuthorizeQuestion.class));
        }
    }

    private static String transactionId(String answer) {
        return answer.replaceAll(".*\"transactionId\":(\\d+).*", "$1");
    }
}
