package io.evzone.auth.organization.domain;

/** Whether an organization's memberships can be used. */
public enum OrganizationStatus {
    ACTIVE,
    /** Members cannot act in it (login falls back to another membership); data stays. */
    SUSPENDED
}
