package io.evzone.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.EventEnvelope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {
    record Sample(Instant at, String chargePointId, List<Integer> values) {}

    record Other(long count) {}

    private final EventJson json = new EventJson(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    private final EventEnvelope<Sample> sample = EventEnvelope.of(
            "gateway", "CP-1", "corr-1", new Sample(Instant.parse("2026-11-25T10:15:30.123Z"), "CP-1", List.of(1, 2)));

    @Test
    void readsBackWhatItWroteWithTheTypedPayload() {
        EventEnvelope<Sample> read = json.read(json.write(sample), Sample.class);

        assertThat(read).isEqualTo(sample);
        assertThat(read.payload().values()).containsExactly(1, 2);
    }

    @Test
    void readsEachPayloadTypeOfTheSameEnvelopeShape() {
        EventEnvelope<Other> other = EventEnvelope.of("session", "CP-2", null, new Other(7));

        assertThat(json.read(json.write(sample), Sample.class).payload()).isInstanceOf(Sample.class);
        assertThat(json.read(json.write(other), Other.class).payload().count()).isEqualTo(7);
    }

    @Test
    void aValueThatIsNotJsonIsAPoisonMessage() {
        assertThatThrownBy(() -> json.read("not json", Sample.class))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessageStartingWith("Unreadable event");
    }

    @Test
    void anEnvelopeWithoutPayloadIsAPoisonMessage() {
        String withoutPayload = json.write(sample).replaceFirst(",\"payload\":\\{.*}}$", "}");

        assertThat(withoutPayload).doesNotContain("payload");
        assertThatThrownBy(() -> json.read(withoutPayload, Sample.class)).isInstanceOf(PoisonMessageException.class);
    }

    @Test
    void aPayloadOfAnotherShapeIsAPoisonMessage() {
        assertThatThrownBy(() -> json.read(json.write(sample), Other.class)).isInstanceOf(PoisonMessageException.class);
    }
}
