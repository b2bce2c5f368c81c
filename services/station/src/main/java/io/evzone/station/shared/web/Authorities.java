package io.evzone.station.shared.web;

/**
 * The {@code @PreAuthorize} expressions of the station service. Platform administrators hold
 * {@code platform.admin}, which {@code hasAuthority} does not expand, so every expression names it;
 * writers can also read.
 */
public final class Authorities {

    public static final String READ = "hasAnyAuthority('stations.read','stations.write','platform.admin')";
    public static final String WRITE = "hasAnyAuthority('stations.write','platform.admin')";
    public static final String PLATFORM_ADMIN = "hasAuthority('platform.admin')";
    public static final String COMMAND = "hasAnyAuthority('charge_points.command','platform.admin')";
    public static final String READ_COMMANDS =
            "hasAnyAuthority('stations.read','stations.write','charge_points.command','platform.admin')";

    private Authorities() {}
}
