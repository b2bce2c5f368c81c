package io.evzone.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces the request body limit (1 MB by default): a declared length over it is refused before
 * anything reads the body, and any body, chunked ones included, fails as soon as more than the limit
 * has been read. Both answer 413.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    public RequestSizeLimitFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, new RequestBodyTooLargeException(maxBytes));
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
        } catch (IOException | ServletException | RuntimeException failure) {
            RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.in(failure);
            if (tooLarge == null) {
                throw failure;
            }
            tooLarge(response, tooLarge);
        }
    }

    private void tooLarge(HttpServletResponse response, RequestBodyTooLargeException tooLarge) throws IOException {
        problems.write(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
    }
}
