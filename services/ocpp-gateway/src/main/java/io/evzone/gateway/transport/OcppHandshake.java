package io.evzone.gateway.transport;

import io.evzone.contracts.charger.ChargerPasswordConfirmed;
import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.presence.ChargerSessions;
import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.gateway.registry.ChargerRecords;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The transport checks before a charger gets a WebSocket: a valid identity in the URL and the
 * security profile its record requires (OCPP 1.6 Security Whitepaper / 2.0.1 Part 2 A00): profile 1
 * HTTP Basic, 2 TLS plus Basic, 3 TLS with a client certificate whose CN is the identity. A failed
 * check refuses the upgrade with HTTP 401 before any OCPP traffic. A node that holds all the chargers
 * it can refuses new ones with HTTP 503 and a Retry-After.
 */
@Component
public class OcppHandshake implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OcppHandshake.class);

    static final String CHARGE_POINT_ID = "ocpp.chargePointId";
    static final String PATH_VERSION = "ocpp.pathVersion";
    static final String SECURITY_PROFILE = "ocpp.securityProfile";
    static final String RECORD = "ocpp.record";
    static final String PENDING_UNKNOWN = "ocpp.pendingUnknown";

    /** Seconds a charger refused for capacity is asked to wait before it tries again. */
    static final int RETRY_AFTER_FULL_SECONDS = 30;

    private final ChargerRecords records;
    private final GatewayProperties properties;
    private final ChargerSessions sessions;
    private final ChargerCapacity capacity;
    private final GatewayMetrics metrics;
    private final EventBridge events;

    public OcppHandshake(
            ChargerRecords records,
            GatewayProperties properties,
            ChargerSessions sessions,
            ChargerCapacity capacity,
            GatewayMetrics metrics,
            EventBridge events) {
        this.records = records;
        this.properties = properties;
        this.sessions = sessions;
        this.capacity = capacity;
        this.metrics = metrics;
        this.events = events;
    }

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        List<String> segments = segmentsAfterOcpp(request.getURI().getRawPath());
        Optional<String> id = segments.isEmpty() || segments.size() > 2
                ? Optional.empty()
                : ChargePointIds.decode(segments.getLast());
        if (id.isEmpty()) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return false;
        }
        if (segments.size() == 2) {
            attributes.put(PATH_VERSION, segments.getFirst());
        }
        String chargePointId = id.get();
        if (!capacity.admits(sessions.count()) && sessions.find(chargePointId).isEmpty()) {
            // A charger that reconnects replaces its own session and takes no new place.
            metrics.error("NodeFull");
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_FULL_SECONDS));
            return false;
        }
        attributes.put(CHARGE_POINT_ID, chargePointId);
        Optional<ChargerRecord> record = records.find(chargePointId);
        if (record.isEmpty()) {
            return unknown(chargePointId, response, attributes);
        }
        // The record's spelling names the charger from here on: its events and commands find the station's record.
        attributes.put(CHARGE_POINT_ID, record.get().chargePointId());
        attributes.put(RECORD, record.get());
        attributes.put(SECURITY_PROFILE, record.get().securityProfile());
        Optional<String> refusal = check(record.get(), request);
        if (refusal.isEmpty() && usesPendingPassword(record.get(), request)) {
            events.chargerEvent(
                    record.get().chargePointId(),
                    new ChargerPasswordConfirmed(
                            record.get().chargePointId(), record.get().pendingPasswordHash(), Instant.now()));
        }
        if (refusal.isEmpty()) {
            SubprotocolNegotiation.pathVersion((String) attributes.get(PATH_VERSION));
            return true;
        }
        log.info("Refused {}: {}", chargePointId, refusal.get());
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"EVZone OCPP\", charset=\"UTF-8\"");
        return false;
    }

    private boolean unknown(String chargePointId, ServerHttpResponse response, Map<String, Object> attributes) {
        switch (properties.unknownChargers()) {
            case REJECT -> {
                log.info("Refused unknown charger {}", chargePointId);
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            case PENDING -> attributes.put(PENDING_UNKNOWN, true);
            case ACCEPT -> {}
        }
        attributes.put(SECURITY_PROFILE, 0);
        SubprotocolNegotiation.pathVersion((String) attributes.get(PATH_VERSION));
        return true;
    }

    /** Why the connection does not meet the record's security profile, or empty when it does. */
    Optional<String> check(ChargerRecord record, ServerHttpRequest request) {
        HttpServletRequest servlet = request instanceof ServletServerHttpRequest s ? s.getServletRequest() : null;
        boolean secure = servlet != null && servlet.isSecure();
        return switch (record.securityProfile()) {
            case 0 -> Optional.empty();
            case 1 -> basic(record, request);
            case 2 -> secure ? basic(record, request) : Optional.of("profile 2 requires TLS");
            case 3 -> secure ? clientCertificate(record, servlet) : Optional.of("profile 3 requires TLS");
            default -> Optional.of("unknown security profile " + record.securityProfile());
        };
    }

    /**
     * During a rotation the password in force and the one sent to the charger both open a connection, so a charger
     * that accepted the new one but never reconnected, or that refused it, is never locked out.
     */
    private static Optional<String> basic(ChargerRecord record, ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.of("no Basic credentials");
        }
        Optional<String> password = password(record, header);
        if (password.isEmpty()) {
            return Optional.of("unreadable Basic credentials, or the user name is not the charge point id");
        }
        return ChargerPasswordHash.matches(password.get(), record.passwordHash())
                        || matchesPending(record, password.get())
                ? Optional.empty()
                : Optional.of("wrong password");
    }

    private static boolean usesPendingPassword(ChargerRecord record, ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return record.pendingPasswordHash() != null
                && header != null
                && header.regionMatches(true, 0, "Basic ", 0, 6)
                && password(record, header)
                        .filter(password -> !ChargerPasswordHash.matches(password, record.passwordHash()))
                        .filter(password -> matchesPending(record, password))
                        .isPresent();
    }

    private static boolean matchesPending(ChargerRecord record, String password) {
        return record.pendingPasswordHash() != null
                && ChargerPasswordHash.matches(password, record.pendingPasswordHash());
    }

    private static Optional<String> password(ChargerRecord record, String header) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // The user name is the identity, which may itself contain ':' (2.0.1 identifierString).
        String prefix = record.chargePointId() + ":";
        return decoded.regionMatches(true, 0, prefix, 0, prefix.length())
                ? Optional.of(decoded.substring(prefix.length()))
                : Optional.empty();
    }

    private static Optional<String> clientCertificate(ChargerRecord record, HttpServletRequest servlet) {
        Object attribute = servlet.getAttribute("jakarta.servlet.request.X509Certificate");
        if (!(attribute instanceof X509Certificate[] chain) || chain.length == 0) {
            return Optional.of("no client certificate");
        }
        String cn = commonName(chain[0]);
        return record.chargePointId().equalsIgnoreCase(cn)
                ? Optional.empty()
                : Optional.of("certificate CN " + cn + " is not the charge point id");
    }

    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }

    /** The path segments after {@code /ocpp/}, raw (still encoded). */
    static List<String> segmentsAfterOcpp(String rawPath) {
        int start = rawPath.indexOf("/ocpp/");
        if (start < 0) {
            return List.of();
        }
        String rest = rawPath.substring(start + "/ocpp/".length());
        if (rest.isEmpty() || rest.endsWith("/")) {
            return List.of();
        }
        return List.of(rest.split("/", -1));
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {
        SubprotocolNegotiation.clear();
    }
}
