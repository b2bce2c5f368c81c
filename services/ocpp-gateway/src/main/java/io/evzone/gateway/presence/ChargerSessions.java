package io.evzone.gateway.presence;

import io.evzone.contracts.charger.ChargerConnected;
import io.evzone.contracts.charger.ChargerDisconnected;
import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.registry.StationEventsListener;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.gateway.rpc.MessageLog;
import io.evzone.gateway.rpc.OcppDialect;
import io.evzone.gateway.rpc.RateLimits;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The chargers connected to this node: one session per charge point id (a second connection
 * replaces the first), keep-alive pings with dead-connection detection, the Redis registry entries,
 * and the connected/disconnected events.
 */
@Component
public class ChargerSessions {

    private final Map<String, ChargerSession> sessions = new ConcurrentHashMap<>();
    private final GatewayProperties properties;
    private final ChargerPresence presence;
    private final EventBridge bridge;
    private final ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final ChargerSession.Settings settings;
    private final RateLimits rateLimits;

    public ChargerSessions(
            GatewayProperties properties,
            ChargerPresence presence,
            EventBridge bridge,
            MessageLog messageLog,
            GatewayMetrics metrics,
            ScheduledExecutorService gatewayScheduler,
            StationEventsListener stationEvents) {
        this.properties = properties;
        this.presence = presence;
        this.bridge = bridge;
        this.rateLimits = new RateLimits(
                properties.rateLimit().messagesPerSecond(),
                properties.rateLimit().burst());
        this.settings = new ChargerSession.Settings(
                properties.callTimeout(),
                properties.maxFrameBytes(),
                rateLimits,
                properties.rateLimit().closeAfterRejections(),
                gatewayScheduler,
                virtualThreads,
                messageLog,
                metrics);
        for (OcppVersion version : List.of(OcppVersion.V16, OcppVersion.V201)) {
            metrics.connectedChargers(
                    version.label(),
                    () -> sessions.values().stream()
                            .filter(s -> s.version() == version)
                            .count());
        }
        long ping = properties.pingInterval().toMillis();
        gatewayScheduler.scheduleAtFixedRate(this::pingAll, ping, ping, TimeUnit.MILLISECONDS);
        long refresh = Math.max(1000, properties.registryTtl().toMillis() / 3);
        gatewayScheduler.scheduleAtFixedRate(
                () -> virtualThreads.execute(this::renewRegistry), refresh, refresh, TimeUnit.MILLISECONDS);
        stationEvents.onApplied(event -> {
            if (event.deleted()) {
                find(event.ocppId()).ifPresent(s -> s.close(CloseStatus.POLICY_VIOLATION, "charger deleted"));
            }
        });
    }

    public ChargerSession open(
            String chargePointId,
            OcppDialect dialect,
            WebSocketSession socket,
            int securityProfile,
            io.evzone.gateway.registry.ChargerRecord record,
            boolean pendingUnknown) {
        ChargerSession session =
                new ChargerSession(chargePointId, dialect, socket, securityProfile, record, pendingUnknown, settings);
        ChargerSession previous = sessions.put(key(chargePointId), session);
        if (previous != null) {
            previous.close(CloseStatus.NORMAL, "replaced by a new connection");
        }
        virtualThreads.execute(() -> presence.claim(chargePointId, dialect.subprotocol()));
        bridge.chargerEvent(
                chargePointId,
                new ChargerConnected(
                        chargePointId,
                        dialect.version(),
                        properties.nodeId(),
                        securityProfile,
                        session.remoteAddress(),
                        session.connectedAt()));
        return session;
    }

    public void closed(ChargerSession session, CloseStatus status) {
        session.closed();
        String reason =
                session.closeReason() != null ? session.closeReason() : "closed by charger (" + status.getCode() + ")";
        if (sessions.remove(key(session.chargePointId()), session)) {
            virtualThreads.execute(() ->
                    presence.release(session.chargePointId(), session.dialect().subprotocol()));
        }
        bridge.chargerEvent(
                session.chargePointId(),
                new ChargerDisconnected(
                        session.chargePointId(), properties.nodeId(), reason, Instant.now(), session.connectedAt()));
    }

    /**
     * Renews the Redis registry entries of the chargers connected here (every third of {@code registry-ttl}), and
     * closes the connections of those that reconnected to another node since: such a connection is half-open (the
     * charger left without a close) and would otherwise live on until its ping timeout.
     */
    public void renewRegistry() {
        List<ChargerSession> held = List.copyOf(sessions.values());
        Set<String> elsewhere = presence.refresh(held);
        for (ChargerSession session : held) {
            if (elsewhere.contains(session.chargePointId()) && sessions.get(key(session.chargePointId())) == session) {
                session.close(CloseStatus.NORMAL, "reconnected to another gateway node");
            }
        }
    }

    /** The session of a charger connected to this node. */
    public Optional<ChargerSession> find(String chargePointId) {
        return Optional.ofNullable(sessions.get(key(chargePointId)));
    }

    public Collection<ChargerSession> all() {
        return sessions.values();
    }

    /** Chargers connected to this node now. */
    public int count() {
        return sessions.size();
    }

    private void pingAll() {
        rateLimits.forgetIdle(sessions::containsKey);
        long deadNanos = properties.pingInterval().toNanos() * 2;
        for (ChargerSession session : sessions.values()) {
            if (session.silentNanos() > deadNanos) {
                session.close(CloseStatus.SESSION_NOT_RELIABLE, "ping timeout");
            } else {
                session.ping();
            }
        }
    }

    private static String key(String chargePointId) {
        return ChargerIdentity.fold(chargePointId);
    }

    @PreDestroy
    void shutdown() {
        sessions.values().forEach(s -> s.close(CloseStatus.GOING_AWAY, "gateway node shutting down"));
        virtualThreads.shutdown();
    }
}
