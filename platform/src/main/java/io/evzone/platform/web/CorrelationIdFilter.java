package io.evzone.platform.web;

import io.evzone.contracts.EventHeaders;
import io.evzone.contracts.TimeOrderedIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} (or {@code X-Request-Id})
 * when it is sane, a new one otherwise. It goes into the logs (MDC), the response header, and from
 * there into every Kafka event the request causes.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The filter registered ahead of every other, so all they log and answer carries the id. */
    public static FilterRegistrationBean<CorrelationIdFilter> registeredFirst() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = incoming(request);
        MDC.put(EventHeaders.MDC_CORRELATION_ID, correlationId);
        response.setHeader(EventHeaders.HTTP_CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(EventHeaders.MDC_CORRELATION_ID);
        }
    }

    private static String incoming(HttpServletRequest request) {
        String given = request.getHeader(EventHeaders.HTTP_CORRELATION_ID);
        if (given == null) {
            given = request.getHeader("X-Request-Id");
        }
        // A header we would echo into logs and responses must not carry injection material.
        return given != null && SAFE.matcher(given).matches()
                ? given
                : TimeOrderedIds.next().toString();
    }
}
