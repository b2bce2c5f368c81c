package io.evzone.billing.wallet.domain;

import java.util.Optional;

/** The stored answers of money-moving requests, by caller and Idempotency-Key. */
public interface IdempotentRequests {

    record Stored(String operation, String requestHash, String response) {}

    /**
     * Claims the key for this request in the current transaction; false when it was claimed before
     * (waiting for a concurrent claimer's transaction to end first).
     */
    boolean claim(String callerId, String key, String operation, String requestHash);

    Optional<Stored> find(String callerId, String key);

    void complete(String callerId, String key, String response);
}
