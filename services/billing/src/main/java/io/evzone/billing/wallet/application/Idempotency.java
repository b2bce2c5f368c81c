package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.IdempotentRequests;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a money-moving request once per caller and Idempotency-Key. The key is claimed, the work done
 * and its answer stored in one transaction: a repeat of the same request gets the stored answer, the
 * same key with another request a 422, and a request that failed left no claim behind.
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotentRequests requests;
    private final TransactionTemplate transactions;

    public Idempotency(IdempotentRequests requests, TransactionTemplate transactions) {
        this.requests = requests;
        this.transactions = transactions;
    }

    /** One request: who sends it, under which key, for which operation, with which body (hashed). */
    public record Request(String callerId, String key, String operation, String requestHash) {

        public Request {
            if (key == null || key.isBlank()) {
                throw BillingException.invalid(
                        HEADER, "is required on money-moving requests (header or idempotencyKey)");
            }
            if (key.length() > MAX_KEY_LENGTH) {
                throw BillingException.invalid(HEADER, "is longer than " + MAX_KEY_LENGTH + " characters");
            }
        }
    }

    /** The header's key, or the body's: both may be given only when they agree. */
    public static String key(String header, String body) {
        if (header != null && body != null && !header.equals(body)) {
            throw BillingException.invalid("idempotencyKey", "differs from the Idempotency-Key header");
        }
        return header != null ? header : body;
    }

    /** @param work does the request and returns its answer as stored JSON */
    public String execute(Request request, Supplier<String> work) {
        return transactions.execute(status -> {
            if (requests.claim(request.callerId(), request.key(), request.operation(), request.requestHash())) {
                String response = work.get();
                requests.complete(request.callerId(), request.key(), response);
                return response;
            }
            IdempotentRequests.Stored stored = requests.find(request.callerId(), request.key())
                    .orElseThrow(
                            () -> BillingException.conflict("Idempotency-Key: the first request is still running"));
            if (!stored.operation().equals(request.operation())
                    || !stored.requestHash().equals(request.requestHash())) {
                throw BillingException.refused(HEADER, "was already used for another request");
            }
            return stored.response();
        });
    }
}
