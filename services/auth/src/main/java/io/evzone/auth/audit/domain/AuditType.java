package io.evzone.auth.audit.domain;

/** Kinds of security events the audit log records. */
public enum AuditType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** Refused without checking the password: too many consecutive failures for the identifier. */
    LOGIN_LOCKED_OUT,
    /** Right password, but the account may not log in (suspended, email not verified). */
    LOGIN_REFUSED,
    REFRESH_TOKEN_REUSED,
    LOGGED_OUT,
    LOGGED_OUT_EVERYWHERE,
    FORCE_LOGOUT,
    ORGANIZATION_SWITCHED,
    USER_REGISTERED,
    EMAIL_VERIFIED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    USER_INVITED,
    INVITATION_ACCEPTED,
    USER_UPDATED,
    USER_SUSPENDED,
    USER_REACTIVATED,
    USER_DELETED,
    ROLE_CHANGED,
    MEMBERSHIP_ADDED,
    MEMBERSHIP_REMOVED,
    ORGANIZATION_CREATED,
    ORGANIZATION_UPDATED,
    PLATFORM_ADMIN_CREATED,
    STATION_ASSIGNMENTS_CHANGED,
    STATION_CONTEXT_SELECTED
}
