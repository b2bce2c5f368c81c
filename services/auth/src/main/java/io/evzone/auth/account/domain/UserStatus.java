package io.evzone.auth.account.domain;

/** Where an account is in its life. Only {@link #ACTIVE} accounts can log in. */
public enum UserStatus {
    /** Registered, email address not verified yet. */
    PENDING,
    ACTIVE,
    /** Invited by an administrator; becomes active when the invitation is accepted. */
    INVITED,
    /** Blocked by an administrator; can be reactivated. */
    SUSPENDED,
    /** Deleted: personal data erased, kept only as an id for history. */
    INACTIVE
}
