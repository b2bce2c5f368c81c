package io.evzone.billing.wallet.web;

import io.evzone.billing.wallet.domain.BillingException;
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
 * Renders billing rule violations as the platform's problem+json: invalid input as a 400 naming the
 * field, unknown ids 404, conflicts 409, and requests the ledger refuses (insufficient funds, a locked
 * wallet, another currency, a reused Idempotency-Key) 422. Ordered before the platform's advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LedgerExceptionAdvice {

    @ExceptionHandler(BillingException.class)
    ResponseEntity<ProblemDetail> billing(BillingException e) {
        ProblemDetail problem = switch (e.kind()) {
            case INVALID -> Problems.validation(List.of(e.getMessage()));
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, e.getMessage());
            case CONFLICT -> Problems.of(HttpStatus.CONFLICT, e.getMessage());
            case UNPROCESSABLE -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        };
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
