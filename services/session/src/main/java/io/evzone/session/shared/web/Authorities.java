package io.evzone.session.shared.web;

/** The permission checks of the session endpoints ({@code io.evzone.contracts.Permissions}). */
public final class Authorities {

    public static final String READ_SESSIONS =
            "hasAnyAuthority('sessions.read', 'sessions.manage', 'sessions.own', 'platform.admin')";
    public static final String START_SESSIONS =
            "hasAnyAuthority('sessions.own', 'sessions.manage', 'charge_points.command', 'platform.admin')";
    public static final String STOP_SESSIONS = "hasAnyAuthority('sessions.own', 'sessions.manage', 'platform.admin')";
    public static final String READ_ID_TOKENS = "hasAnyAuthority('id_tokens.manage', 'sessions.own', 'platform.admin')";
    public static final String MANAGE_ID_TOKENS = "hasAnyAuthority('id_tokens.manage', 'platform.admin')";

    private Authorities() {}
}
