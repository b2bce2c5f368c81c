package io.evzone.edge.config;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The edge's settings.
 *
 * @param services base URL of each service by name ({@code EVZONE_EDGE_SERVICES_STATION=http://station:3001});
 *     a service not named here is at {@code http://localhost:<its port + EVZONE_PORT_OFFSET>}
 * @param rateLimitPerMinute requests one client may send per minute through the edge, all routes together
 */
@ConfigurationProperties("evzone.edge")
public record EdgeProperties(Map<String, String> services, Integer rateLimitPerMinute) {

    public EdgeProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        rateLimitPerMinute = rateLimitPerMinute == null ? 120 : rateLimitPerMinute;
    }

    /**
     * The configured base URL of a service, if any. Names compare without their separators:
     * {@code EVZONE_EDGE_SERVICES_OCPP_GATEWAY} binds as {@code ocpp.gateway}, meaning {@code ocpp-gateway}
     * (text values, since a map of URIs drops a key with a dot in it).
     */
    public Optional<URI> serviceUri(String service) {
        return services.entrySet().stream()
                .filter(entry -> plain(entry.getKey()).equals(plain(service)))
                .map(entry -> URI.create(entry.getValue().trim()))
                .findFirst();
    }

    private static String plain(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
