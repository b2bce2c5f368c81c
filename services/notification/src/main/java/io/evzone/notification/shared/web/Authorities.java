package io.evzone.notification.shared.web;

/**
 * The {@code @PreAuthorize} expressions of the notification service. Platform administrators hold
 * {@code platform.admin}, which {@code hasAuthority} does not expand, so every expression names it.
 */
public final class Authorities {

    public static final String PLATFORM_ADMIN = "hasAuthority('platform.admin')";
    public static final String AUTHENTICATED = "isAuthenticated()";
    public static final String OPERATOR = "hasAnyAuthority('organizations.manage','users.manage','platform.admin')";

    private Authorities() {}
}
