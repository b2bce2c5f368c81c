package io.evzone.platform.security;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Endpoints a service serves without authentication. Every other endpoint needs a valid access
 * token; the platform's own public paths (health, metrics scrape, API docs) are always included.
 * A service declares its own as a bean.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    public record Endpoint(HttpMethod method, String pattern) {}

    public static PublicEndpoints of(Endpoint... endpoints) {
        return new PublicEndpoints(List.of(endpoints));
    }

    public static Endpoint get(String pattern) {
        return new Endpoint(HttpMethod.GET, pattern);
    }

    public static Endpoint post(String pattern) {
        return new Endpoint(HttpMethod.POST, pattern);
    }

    static final List<String> PLATFORM = List.of(
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/prometheus",
            "/actuator/info",
            "/api/docs",
            "/api/docs/**",
            "/api/docs.json",
            "/api/docs.json/**",
            "/swagger-ui/**",
            // springdoc serves Swagger UI's files under the parent of /api/docs: /api/docs redirects there.
            "/api/swagger-ui/**",
            "/swagger-ui.html",
            "/v3/api-docs/**",
            "/error");
}
