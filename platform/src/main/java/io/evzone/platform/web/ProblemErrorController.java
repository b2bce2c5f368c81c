package io.evzone.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The {@code /error} page as problem+json, in place of Spring Boot's own JSON. Requests reach it when
 * something refused them before any controller: a security filter's {@code sendError} (the firewall
 * refusing a path, for one), an exception thrown by a filter, or a client calling {@code /error}.
 */
// Not an operation of the service's API: hidden from its OpenAPI document.
@Hidden
@org.springframework.web.bind.annotation.RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.in(failure);
        HttpStatus status = tooLarge != null ? HttpStatus.CONTENT_TOO_LARGE : statusOf(request);
        String message = tooLarge != null ? tooLarge.getMessage() : ErrorMessages.of(status);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, message));
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }
}
