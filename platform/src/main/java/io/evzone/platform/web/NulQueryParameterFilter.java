package io.evzone.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters (names or values) that decode to a NUL character, naming the parameter.
 * Tomcat already refuses an encoded NUL in the path; JSON bodies are checked as Jackson reads them
 * ({@link NulRejectingStringDeserializer}).
 */
public class NulQueryParameterFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public NulQueryParameterFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offending = offendingParameter(request.getQueryString());
        if (offending != null) {
            problems.write(response, HttpStatus.BAD_REQUEST, NulCharacters.refusal(offending));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String offendingParameter(String query) {
        if (query == null || !query.contains("%00")) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (NulCharacters.in(name) || NulCharacters.in(value)) {
                return NulCharacters.in(name) ? "query parameter name" : name;
            }
        }
        return null;
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part.contains("%00") ? "\u0000" : part;
        }
    }
}
