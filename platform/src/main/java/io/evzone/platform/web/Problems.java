package io.evzone.platform.web;

import io.evzone.contracts.EventHeaders;
import java.net.URI;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as EVZone answers them. Besides the standard members each problem
 * carries {@code statusCode}, {@code message} and {@code error}, which the existing EVZone web
 * clients read, and the request's correlation id.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        return decorate(problem, message);
    }

    public static ProblemDetail validation(List<String> fieldMessages) {
        String summary = fieldMessages.isEmpty() ? "Invalid request" : fieldMessages.getFirst();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary);
        problem.setTitle("Validation failed");
        problem.setType(URI.create("https://evzone.io/problems/validation"));
        decorate(problem, summary);
        problem.setProperty("message", fieldMessages);
        return problem;
    }

    /** Adds the members the web clients read to a problem built elsewhere (by Spring, for example). */
    public static ProblemDetail decorate(ProblemDetail problem, String message) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String reason = status == null ? "Error" : status.getReasonPhrase();
        if (problem.getTitle() == null) {
            problem.setTitle(reason);
        }
        if (problem.getProperties() == null || !problem.getProperties().containsKey("message")) {
            problem.setProperty("message", message == null ? reason : message);
        }
        problem.setProperty("statusCode", problem.getStatus());
        problem.setProperty("error", reason);
        String correlationId = MDC.get(EventHeaders.MDC_CORRELATION_ID);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }
}
