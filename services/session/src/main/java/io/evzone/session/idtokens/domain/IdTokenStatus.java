package io.evzone.session.idtokens.domain;

/** An id token's administrative status. */
public enum IdTokenStatus {
    ACTIVE,
    BLOCKED,
    EXPIRED
}
