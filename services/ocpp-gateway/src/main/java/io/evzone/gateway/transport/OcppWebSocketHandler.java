package io.evzone.gateway.transport;

import io.evzone.gateway.presence.ChargerSessions;
import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.gateway.rpc.Dialects;
import io.evzone.gateway.rpc.OcppDialect;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/**
 * The transport layer: binds a WebSocket to a {@link ChargerSession} once the subprotocol is known,
 * feeds it text, refuses binary frames and keeps control frames away from the OCPP layers.
 */
@Component
public class OcppWebSocketHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(OcppWebSocketHandler.class);
    private static final String SESSION = "ocpp.session";

    private final ChargerSessions sessions;
    private final Dialects dialects;

    public OcppWebSocketHandler(ChargerSessions sessions, Dialects dialects) {
        this.sessions = sessions;
        this.dialects = dialects;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) throws Exception {
        String chargePointId = (String) socket.getAttributes().get(OcppHandshake.CHARGE_POINT_ID);
        Optional<OcppDialect> dialect = Optional.ofNullable(socket.getAcceptedProtocol())
                .filter(p -> !p.isEmpty())
                .flatMap(dialects::bySubprotocol);
        if (dialect.isEmpty()) {
            // OCPP-J 1.6 §3.1.2, 2.0.1 Part 4 §3.1.2: no agreed subprotocol, close immediately.
            log.info("Closing {}: no supported OCPP subprotocol offered", chargePointId);
            socket.close(CloseStatus.PROTOCOL_ERROR.withReason("No supported OCPP subprotocol"));
            return;
        }
        Object profile = socket.getAttributes().getOrDefault(OcppHandshake.SECURITY_PROFILE, 0);
        ChargerSession session = sessions.open(
                chargePointId,
                dialect.get(),
                socket,
                (Integer) profile,
                (ChargerRecord) socket.getAttributes().get(OcppHandshake.RECORD),
                Boolean.TRUE.equals(socket.getAttributes().get(OcppHandshake.PENDING_UNKNOWN)));
        socket.getAttributes().put(SESSION, session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        ChargerSession session = session(socket);
        if (session != null) {
            session.onTextPart(message.getPayload(), message.isLast());
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession socket, BinaryMessage message) throws Exception {
        // OCPP-J 1.6 §4.1 and 2.0.1 Part 4 §4.1: messages are JSON in text frames; 1003 = cannot accept this data type.
        ChargerSession session = session(socket);
        if (session != null) {
            session.close(CloseStatus.NOT_ACCEPTABLE, "binary frames are not supported");
        } else {
            socket.close(CloseStatus.NOT_ACCEPTABLE);
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession socket, PongMessage message) {
        ChargerSession session = session(socket);
        if (session != null) {
            session.touched();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug(
                "Transport error on {}: {}",
                socket.getAttributes().get(OcppHandshake.CHARGE_POINT_ID),
                exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        ChargerSession session = session(socket);
        if (session != null) {
            sessions.closed(session, status);
        }
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    private static ChargerSession session(WebSocketSession socket) {
        return (ChargerSession) socket.getAttributes().get(SESSION);
    }
}
