package io.evzone.station.chargepoints.messaging;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.ChargerConnected;
import io.evzone.contracts.charger.ChargerDisconnected;
import io.evzone.contracts.charger.ConnectorStatusChanged;
import io.evzone.contracts.charger.HeartbeatReceived;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.IdempotentConsumer;
import io.evzone.station.chargepoints.application.PresenceSignal;
import io.evzone.station.chargepoints.application.RecordConnectorStatus;
import io.evzone.station.chargepoints.application.RecordPresence;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows chargers' connections, heartbeats and connector statuses on {@code ocpp.charger-events.v1}.
 * The envelope's type picks the payload; other event types (meter values, transactions...) are the
 * session service's and are skipped without a trace.
 */
@Component
class ChargerEventListener {

    static final String CONSUMER = "station-charger-events";

    private final IdempotentConsumer consumer;
    private final EventJson json;
    private final RecordPresence presence;
    private final RecordConnectorStatus status;

    ChargerEventListener(
            IdempotentConsumer consumer, EventJson json, RecordPresence presence, RecordConnectorStatus status) {
        this.consumer = consumer;
        this.json = json;
        this.presence = presence;
        this.status = status;
    }

    @KafkaListener(topics = Topics.CHARGER_EVENTS, concurrency = "${evzone.station.consumer-concurrency:2}")
    void on(ConsumerRecord<String, String> record) {
        String value = record.value();
        switch (json.typeOf(value)) {
            case "ChargerConnected" ->
                consumer.handle(
                        CONSUMER,
                        value,
                        ChargerConnected.class,
                        e -> presence.handle(new PresenceSignal.Connected(
                                e.payload().chargePointId(),
                                e.payload().gatewayNode(),
                                e.payload().connectedAt())));
            case "ChargerDisconnected" ->
                consumer.handle(
                        CONSUMER,
                        value,
                        ChargerDisconnected.class,
                        e -> presence.handle(new PresenceSignal.Disconnected(
                                e.payload().chargePointId(),
                                e.payload().reason(),
                                e.payload().disconnectedAt())));
            case "HeartbeatReceived" ->
                consumer.handle(
                        CONSUMER,
                        value,
                        HeartbeatReceived.class,
                        e -> presence.handle(new PresenceSignal.Heartbeat(
                                e.payload().chargePointId(), e.payload().receivedAt())));
            case "ChargerBooted" ->
                consumer.handle(
                        CONSUMER,
                        value,
                        ChargerBooted.class,
                        e -> presence.handle(new PresenceSignal.Heard(
                                e.payload().chargePointId(), e.payload().bootedAt())));
            case "ConnectorStatusChanged" ->
                consumer.handle(CONSUMER, value, ConnectorStatusChanged.class, e -> status.handle(e.payload()));
            default -> {
                // Not about presence or connector status.
            }
        }
    }
}
