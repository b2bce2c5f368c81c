package io.evzone.station.chargepoints.messaging;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.ChargerConnected;
import io.evzone.contracts.charger.ChargerDisconnected;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.contracts.charger.HeartbeatReceived;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentBatchConsumer;
import io.evzone.platform.messaging.MessagingConfiguration;
import io.evzone.station.chargepoints.application.ChargerActivity;
import io.evzone.station.chargepoints.application.ChargerWork;
import io.evzone.station.chargepoints.application.PresenceSignal;
import io.evzone.station.chargepoints.application.RecordChargerActivity;
import io.evzone.station.chargepoints.domain.Hardware;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows chargers' connections, heartbeats and connector statuses on {@code ocpp.charger-events.v1},
 * a poll's worth per transaction, with the chargers it concerns locked and written back once. The envelope's type picks the payload; other event types (meter
 * values, transactions...) are the session service's and are skipped without a trace.
 */
@Component
class ChargerEventListener {

    static final String CONSUMER = "station-charger-events";
    private static final Map<String, Class<?>> TYPES = Map.of(
            "ChargerConnected", ChargerConnected.class,
            "ChargerDisconnected", ChargerDisconnected.class,
            "HeartbeatReceived", HeartbeatReceived.class,
            "ChargerBooted", ChargerBooted.class,
            "ConnectorStatusReported", ConnectorStatusReported.class);

    private final IdempotentBatchConsumer consumer;
    private final EventJson json;
    private final RecordChargerActivity recorder;

    ChargerEventListener(IdempotentBatchConsumer consumer, EventJson json, RecordChargerActivity recorder) {
        this.consumer = consumer;
        this.json = json;
        this.recorder = recorder;
    }

    @KafkaListener(
            topics = Topics.CHARGER_EVENTS,
            containerFactory = MessagingConfiguration.BATCH_LISTENER_FACTORY,
            concurrency = "${evzone.station.consumer-concurrency:2}")
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.handle(CONSUMER, records, r -> json.readIfOneOf(r, TYPES), this::record);
    }

    private void record(List<EventEnvelope<?>> events) {
        ChargerWork work =
                recorder.open(events.stream().map(e -> activity(e.payload())).toList());
        IdempotentBatchConsumer.each(event -> recorder.apply(activity(event.payload()), work))
                .accept(events);
        recorder.close(work);
    }

    private static ChargerActivity activity(Object payload) {
        return switch (payload) {
            case ChargerConnected e -> new PresenceSignal.Connected(e.ocppId(), e.gatewayNode(), e.connectedAt());
            case ChargerDisconnected e ->
                new PresenceSignal.Disconnected(e.ocppId(), e.reason(), e.disconnectedAt(), e.connectedAt());
            case HeartbeatReceived e -> new PresenceSignal.Heartbeat(e.ocppId(), e.receivedAt());
            case ChargerBooted e ->
                new PresenceSignal.Booted(
                        e.ocppId(),
                        new Hardware(e.vendor(), e.model(), e.serialNumber(), e.firmwareVersion()),
                        e.ocppVersion(),
                        e.registration(),
                        e.bootedAt());
            case ConnectorStatusReported e -> new ChargerActivity.StatusReported(e);
            default -> throw new IllegalArgumentException("Not a presence or status event: " + payload.getClass());
        };
    }
}
