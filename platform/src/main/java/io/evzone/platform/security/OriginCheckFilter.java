package io.evzone.platform.security;

import io.evzone.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF defence for cookie authentication: an unsafe request (POST, PUT, PATCH, DELETE) that carries
 * an EVZone cookie and no Bearer header must come from an allowed origin, proven by its
 * {@code Origin} (or, failing that, {@code Referer}) header. Bearer requests cannot be forged by
 * a browser and need no proof.
 */
public class OriginCheckFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowedOrigins;
    private final ProblemWriter problems;

    public OriginCheckFilter(Set<String> allowedOrigins, ProblemWriter problems) {
        this.allowedOrigins = allowedOrigins;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (needsProof(request) && !fromAllowedOrigin(request)) {
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "Cross-site request refused: cookie-authenticated requests must come from an allowed origin");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean needsProof(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return AccessTokenFilter.cookie(request, AccessTokenFilter.ACCESS_COOKIE) != null
                || AccessTokenFilter.cookie(request, AccessTokenFilter.REFRESH_COOKIE) != null;
    }

    private boolean fromAllowedOrigin(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            origin = originOf(request.getHeader(HttpHeaders.REFERER));
        }
        return origin != null && (allowedOrigins.contains(origin) || origin.equals(ownOrigin(request)));
    }

    private static String originOf(String referer) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort =
                "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
