package io.evzone.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.evzone.ocpp.Role;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v201.Ocpp201;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a peer sends, decoding answers with a result, never an exception that would kill the socket. */
class MalformedInputTest {
    private static final String OCPP16_FRAME = """
            [2,"m1","StartTransaction",{"connectorId":1,"idTag":"04A1B2C3","meterStart":0,
            "timestamp":"2024-05-01T10:00:00.000+02:00","reservationId":7}]""";
    private static final String OCPP201_FRAME = """
            [2,"m2","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V",
            "modem":{"iccid":"8931","imsi":"2620"}},"customData":{"vendorId":"x","extra":[1,2.5,null,true]}}]""";

    @Test
    void everyTruncationOfAValidFrameIsHandled() {
        for (int length = 0; length < OCPP201_FRAME.length(); length++) {
            String truncated = OCPP201_FRAME.substring(0, length);
            assertThatCode(() -> assertThat(Ocpp201.codec(Role.CSMS).decode(truncated))
                            .isNotNull())
                    .as(truncated)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void randomCharacterMutationsAreHandled() {
        Random random = new Random(20240501);
        String alphabet = "[]{}\",:0123456789.-eE+ntrufalsT\\u00e9 ";
        for (String frame : new String[] {OCPP16_FRAME, OCPP201_FRAME}) {
            for (int i = 0; i < 2_000; i++) {
                char[] chars = frame.toCharArray();
                for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                    chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                String mutated = new String(chars);
                assertThatCode(() -> {
                            assertThat(Ocpp16.codec(Role.CSMS).decode(mutated)).isNotNull();
                            assertThat(Ocpp201.codec(Role.CSMS).decode(mutated)).isNotNull();
                        })
                        .as(mutated)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void deeplyNestedJsonIsRejectedNotAStackOverflow() {
        String deep = "[2,\"m3\",\"DataTransfer\",{\"vendorId\":\"v\",\"data\":" + "[".repeat(5_000) + "]".repeat(5_000)
                + "}]";
        assertThat(Ocpp201.codec(Role.CSMS).decode(deep)).isInstanceOf(Inbound.Rejected.class);
    }
}
