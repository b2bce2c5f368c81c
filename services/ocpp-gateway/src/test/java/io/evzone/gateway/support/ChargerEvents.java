package io.evzone.gateway.support;

import io.evzone.contracts.Topics;
import io.evzone.platform.messaging.EventJson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Collects what the gateway published about chargers and frames, for assertions. */
@Component
@ConditionalOnProperty(name = SecondNode.PROPERTY, havingValue = "false", matchIfMissing = true)
public class ChargerEvents {

    public record Seen(String topic, String key, String type, String json) {}

    public final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final EventJson eventJson;

    public ChargerEvents(EventJson eventJson) {
        this.eventJson = eventJson;
    }

    @KafkaListener(
            topics = {Topics.CHARGER_EVENTS, Topics.OCPP_MESSAGE, Topics.OCPP_COMMAND_RESULTS},
            groupId = "test-charger-events")
    void on(ConsumerRecord<String, String> record) {
        seen.add(new Seen(record.topic(), record.key(), eventJson.typeOf(record.value()), record.value()));
    }

    public Seen await(String chargePointId, String type) {
        return await(chargePointId, type, "");
    }

    public Seen await(String chargePointId, String type, String containing) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> seen.stream()
                                .filter(s -> chargePointId.equals(s.key())
                                        && type.equals(s.type())
                                        && s.json().contains(containing))
                                .findFirst()
                                .orElse(null),
                        s -> s != null);
    }
}
