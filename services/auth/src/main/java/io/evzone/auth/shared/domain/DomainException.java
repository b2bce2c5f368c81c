package io.evzone.auth.shared.domain;

/**
 * A business rule said no. The message is safe to show to the caller; the kind chooses the HTTP
 * status (400, 403, 404, 409) at the edge.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID,
        FORBIDDEN,
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

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }
}
