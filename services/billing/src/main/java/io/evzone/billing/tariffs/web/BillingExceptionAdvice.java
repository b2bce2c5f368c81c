package io.evzone.billing.tariffs.web;

import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.platform.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders domain rule violations as the platform's problem+json: invalid input as a 400 validation
 * problem naming the field, unknown or foreign ids as 404, a state that forbids the operation as
 * 409. Ordered before the platform's advice, which handles everything else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingExceptionAdvice {

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = switch (e.kind()) {
            case INVALID -> Problems.validation(List.of(e.getMessage()));
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, e.getMessage());
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
