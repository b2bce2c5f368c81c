package io.evzone.billing.tariffs.web;

/**
 * The {@code @PreAuthorize} expressions of billing's tariff and pricing operations. Org admins hold
 * {@code billing.manage}, station managers {@code billing.read}; {@code platform.admin} is named in
 * every expression since {@code hasAuthority} does not expand it.
 */
public final class Authorities {

    public static final String READ = "hasAnyAuthority('billing.read','billing.manage','platform.admin')";
    public static final String MANAGE = "hasAnyAuthority('billing.manage','platform.admin')";
    public static final String READ_OR_OWN =
            "hasAnyAuthority('billing.read','billing.manage','platform.admin','sessions.own')";

    private Authorities() {}
}
