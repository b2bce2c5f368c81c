package io.evzone.edge.routing;

import io.evzone.platform.web.Problems;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerResponse;

/** The edge's own answer when a service cannot be reached or does not answer: problem+json naming it. */
final class UpstreamFailure {

    private UpstreamFailure() {}

    static ServerResponse answer(String service, Throwable failure) {
        HttpStatus status = statusFor(failure);
        String message = switch (status) {
            case SERVICE_UNAVAILABLE -> "The " + service + " service is unavailable";
            case GATEWAY_TIMEOUT -> "The " + service + " service did not answer in time";
            default -> "The " + service + " service answered in a way the edge cannot pass on";
        };
        ProblemDetail problem = Problems.of(status, message);
        problem.setProperty("service", service);
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static HttpStatus statusFor(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException) {
                return HttpStatus.GATEWAY_TIMEOUT;
            }
        }
        return HttpStatus.BAD_GATEWAY;
    }
}
