package io.evzone.billing.wallet.domain;

/**
 * A billing rule said no. The message is safe to show to the caller and, for a problem with input,
 * starts with the offending field's name; the kind chooses the HTTP status at the edge (400 invalid,
 * 404 not found, 409 conflict, 422 a well-formed request the ledger refuses, such as insufficient funds).
 */
public class BillingException extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE
    }

    private final Kind kind;

    public BillingException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static BillingException invalid(String field, String problem) {
        return new BillingException(Kind.INVALID, field + ": " + problem);
    }

    public static BillingException notFound(String what, Object id) {
        return new BillingException(Kind.NOT_FOUND, what + " " + id + " not found");
    }

    public static BillingException conflict(String message) {
        return new BillingException(Kind.CONFLICT, message);
    }

    public static BillingException refused(String field, String problem) {
        return new BillingException(Kind.UNPROCESSABLE, field + ": " + problem);
    }
}
