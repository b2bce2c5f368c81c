package io.evzone.auth.organization.domain;

/** What kind of business an organization is. */
public enum OrganizationType {
    /** Charge point operator: runs the chargers. */
    CPO,
    /** Owns or hosts a site where chargers stand. */
    SITE_HOST,
    /** Operates a fleet of vehicles whose drivers charge. */
    FLEET,
    OTHER
}
