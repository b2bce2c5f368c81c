package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.OcppMessageLogged;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.config.GatewayProperties;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Every frame in and out, to {@code ocpp.message} (asynchronously) and to the message counters. */
@Component
public class MessageLog {

    private final EventBridge bridge;
    private final GatewayMetrics metrics;
    private final String node;

    public MessageLog(EventBridge bridge, GatewayMetrics metrics, GatewayProperties properties) {
        this.bridge = bridge;
        this.metrics = metrics;
        this.node = properties.nodeId();
    }

    void inbound(ChargerSession session, String type, String action, String messageId, String frame) {
        log(session, "IN", type, action, messageId, frame);
    }

    void outbound(ChargerSession session, String type, String action, String messageId, String frame) {
        log(session, "OUT", type, action, messageId, frame);
    }

    void error(String code) {
        metrics.error(code);
    }

    private void log(ChargerSession session, String direction, String type, String action, String id, String frame) {
        metrics.message(direction, action);
        bridge.logFrame(
                session.chargePointId(),
                new OcppMessageLogged(
                        session.chargePointId(),
                        session.version(),
                        direction,
                        type,
                        action,
                        id,
                        frame,
                        Instant.now(),
                        node));
    }
}
