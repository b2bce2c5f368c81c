package io.evzone.auth.organization.domain;

/** Whether a membership can be used. */
public enum MembershipStatus {
    ACTIVE,
    /** Waiting for the invited user to accept. */
    INVITED,
    SUSPENDED
}
