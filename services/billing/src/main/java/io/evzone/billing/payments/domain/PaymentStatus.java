package io.evzone.billing.payments.domain;

/** Where a payment stands. SUCCEEDED is final; a late success after a failure or expiry still counts. */
public enum PaymentStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    EXPIRED;

    public boolean isFinal() {
        return this == SUCCEEDED;
    }
}
