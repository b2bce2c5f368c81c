package io.evzone.billing.payments.domain;

/**
 * A provider could not be reached, timed out, or refused the request.
 *
 * @param declined true when the provider answered and said no (the payment failed), false when the
 *     answer is unknown (the payment stays pending and reconciliation asks again)
 */
public class ProviderException extends RuntimeException {

    private final boolean declined;

    public ProviderException(String message, boolean declined, Throwable cause) {
        super(message, cause);
        this.declined = declined;
    }

    public boolean declined() {
        return declined;
    }
}
