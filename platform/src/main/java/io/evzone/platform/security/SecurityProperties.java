package io.evzone.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings shared by every service.
 *
 * @param jwtSecret HS256 secret shared by all services ({@code JWT_SECRET}); at least 32 bytes
 * @param accessTokenTtl access token lifetime ({@code JWT_ACCESS_EXPIRY})
 * @param refreshTokenTtl refresh token lifetime ({@code JWT_REFRESH_EXPIRY})
 * @param corsOrigins browser origins allowed to call with credentials ({@code CORS_ORIGINS})
 * @param maxRequestBytes largest accepted request body
 */
@ConfigurationProperties("evzone.security")
public record SecurityProperties(
        String jwtSecret,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        List<String> corsOrigins,
        Long maxRequestBytes) {

    public SecurityProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(7) : refreshTokenTtl;
        corsOrigins = corsOrigins == null
                ? List.of()
                : corsOrigins.stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        maxRequestBytes = maxRequestBytes == null ? 1_048_576L : maxRequestBytes;
    }
}
