package io.evzone.gateway.bridge;

import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.gateway.config.GatewayProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The gateway's side of OCPP's Authorization Cache (1.6 §3.5.2, 2.0.1 C10): the last answer the
 * session service gave for an id token, until its expiry (or the configured TTL), used when the
 * service does not answer in time.
 */
@Component
public class AuthorizationCache {

    static final int MAX_ENTRIES = 200_000;

    private record Entry(AuthorizationAnswer answer, Instant validUntil) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final GatewayProperties properties;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public AuthorizationCache(GatewayProperties properties) {
        this(properties, Clock.systemUTC());
    }

    AuthorizationCache(GatewayProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public void remember(String idToken, AuthorizationAnswer answer) {
        if (idToken == null || answer == null || answer.status() == null) {
            return;
        }
        Instant ttl = clock.instant().plus(properties.authorizationCacheTtl());
        Instant until = answer.expiresAt() != null && answer.expiresAt().isBefore(ttl) ? answer.expiresAt() : ttl;
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // a crude bound; the cache is only a fallback
        }
        entries.put(idToken, new Entry(answer, until));
    }

    public Optional<AuthorizationAnswer> lookup(String idToken) {
        Entry entry = idToken == null ? null : entries.get(idToken);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.validUntil().isAfter(clock.instant())) {
            entries.remove(idToken, entry);
            return Optional.empty();
        }
        return Optional.of(entry.answer());
    }
}
