package io.evzone.auth.shared.web;

/**
 * The {@code @PreAuthorize} expressions of the auth service's endpoints. Platform administrators
 * hold {@code platform.admin}, which Spring's {@code hasAuthority} does not expand, so every
 * expression names it.
 */
public final class Authorities {

    public static final String PLATFORM_ADMIN = "hasAuthority('platform.admin')";
    public static final String READ_USERS = "hasAnyAuthority('users.read','users.manage','platform.admin')";
    public static final String MANAGE_USERS = "hasAnyAuthority('users.manage','platform.admin')";
    public static final String READ_ORGANIZATIONS =
            "hasAnyAuthority('organizations.manage','users.read','users.manage','platform.admin')";
    public static final String MANAGE_ORGANIZATIONS = "hasAnyAuthority('organizations.manage','platform.admin')";
    public static final String MANAGE_MEMBERS =
            "hasAnyAuthority('organizations.manage','users.manage','platform.admin')";
    public static final String READ_AUDIT = "hasAnyAuthority('audit.read','platform.admin')";

    private Authorities() {}
}
