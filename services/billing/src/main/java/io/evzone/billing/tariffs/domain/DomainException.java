package io.evzone.billing.tariffs.domain;

/**
 * A business rule said no. The message is safe to show and, for invalid input, starts with the
 * offending field's path; the kind chooses the HTTP status (400, 404, 409) at the edge.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;

    public DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, what + " " + id + " not found");
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }
}
