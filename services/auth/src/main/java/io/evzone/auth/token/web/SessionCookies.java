package io.evzone.auth.token.web;

import io.evzone.auth.shared.AuthProperties;
import io.evzone.auth.token.application.IssuedSession;
import io.evzone.platform.security.AccessTokenFilter;
import io.evzone.platform.security.SecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The session cookies: {@code evzone_access_token} (every path, Max-Age of the access token) and
 * {@code evzone_refresh_token} (only {@code /api/v1/auth}, Max-Age of the refresh token). Both
 * HttpOnly, SameSite=Strict, and Secure unless {@code evzone.auth.cookie-secure=false} (the
 * default on the embedded database, which is local plain-http development).
 */
@Component
public class SessionCookies {

    public static final String REFRESH_PATH = "/api/v1/auth";

    private final boolean secure;
    private final String domain;
    private final Duration accessTtl;
    private final Duration refreshTtl;

    @Autowired
    public SessionCookies(
            AuthProperties properties,
            SecurityProperties security,
            @Value("${evzone.embedded:false}") boolean embedded) {
        this(
                properties.secureCookies(embedded),
                properties.cookieDomain(),
                security.accessTokenTtl(),
                security.refreshTokenTtl());
    }

    SessionCookies(boolean secure, String domain, Duration accessTtl, Duration refreshTtl) {
        this.secure = secure;
        this.domain = domain;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    public void write(HttpServletResponse response, IssuedSession session) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, access(session.accessToken(), accessTtl).toString());
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                refresh(session.refreshToken(), refreshTtl).toString());
    }

    /** Expires both cookies now, with the attributes they were set with (or browsers keep them). */
    public void clear(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, access("", Duration.ZERO).toString());
        response.addHeader(HttpHeaders.SET_COOKIE, refresh("", Duration.ZERO).toString());
    }

    /** The refresh token from its cookie, if the request carries one. */
    public static Optional<String> refreshToken(HttpServletRequest request) {
        return Optional.ofNullable(AccessTokenFilter.cookie(request, AccessTokenFilter.REFRESH_COOKIE));
    }

    ResponseCookie access(String value, Duration maxAge) {
        return cookie(AccessTokenFilter.ACCESS_COOKIE, value, "/", maxAge);
    }

    ResponseCookie refresh(String value, Duration maxAge) {
        return cookie(AccessTokenFilter.REFRESH_COOKIE, value, REFRESH_PATH, maxAge);
    }

    private ResponseCookie cookie(String name, String value, String path, Duration maxAge) {
        return ResponseCookie.from(name, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .path(path)
                .domain(domain)
                .maxAge(maxAge)
                .build();
    }
}
