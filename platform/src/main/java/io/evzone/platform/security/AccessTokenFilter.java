package io.evzone.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request from its access token: an {@code Authorization: Bearer} header, or the
 * {@code evzone_access_token} httpOnly cookie. A bad token leaves the request anonymous and records
 * why, so public endpoints still work and protected ones answer 401 with the reason.
 */
public class AccessTokenFilter extends OncePerRequestFilter {

    public static final String ACCESS_COOKIE = "evzone_access_token";
    public static final String REFRESH_COOKIE = "evzone_refresh_token";
    static final String FAILURE_ATTRIBUTE = AccessTokenFilter.class.getName() + ".failure";
    private static final String BEARER = "Bearer ";

    private final AccessTokenCodec codec;

    public AccessTokenFilter(AccessTokenCodec codec) {
        this.codec = codec;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            authenticate(request, header.substring(BEARER.length()).trim(), EvzoneAuthentication.TokenSource.BEARER);
        } else {
            String cookie = cookie(request, ACCESS_COOKIE);
            if (cookie != null) {
                authenticate(request, cookie, EvzoneAuthentication.TokenSource.COOKIE);
            }
        }
        chain.doFilter(request, response);
    }

    private void authenticate(HttpServletRequest request, String token, EvzoneAuthentication.TokenSource source) {
        try {
            AccessTokenClaims claims = codec.verify(token);
            SecurityContextHolder.getContext().setAuthentication(new EvzoneAuthentication(claims, source));
        } catch (InvalidTokenException e) {
            request.setAttribute(FAILURE_ATTRIBUTE, e.getMessage());
        }
    }

    public static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
