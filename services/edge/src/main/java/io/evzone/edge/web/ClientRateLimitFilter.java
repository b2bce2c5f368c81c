package io.evzone.edge.web;

import io.evzone.platform.ratelimit.RateLimit;
import io.evzone.platform.ratelimit.RateLimitDecision;
import io.evzone.platform.ratelimit.RedisRateLimiter;
import io.evzone.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The global per-client limit on API calls through the edge, shared by every edge node through
 * Redis. A client is its address as the edge sees it (behind a trusted load balancer, the address it
 * forwarded). Over the limit: 429 problem+json with {@code Retry-After}.
 */
public class ClientRateLimitFilter extends OncePerRequestFilter {

    private final RedisRateLimiter limiter;
    private final RateLimit limit;
    private final ProblemWriter problems;

    public ClientRateLimitFilter(RedisRateLimiter limiter, int perMinute, ProblemWriter problems) {
        this.limiter = limiter;
        this.limit = RateLimit.perMinute("edge-client", perMinute);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/") || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimitDecision decision = limiter.acquire(limit, request.getRemoteAddr());
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            problems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests: at most " + limit.permits() + " a minute from one client");
            return;
        }
        chain.doFilter(request, response);
    }
}
