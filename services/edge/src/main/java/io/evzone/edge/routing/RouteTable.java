package io.evzone.edge.routing;

import java.util.List;

/**
 * Which service owns which public path. The first match wins, so a narrower path of one service
 * comes before a broader one of another. Checked against every service's OpenAPI document by the
 * launcher's route walk: every documented operation must reach its service through the edge.
 */
public final class RouteTable {

    /** In matching order. */
    public static final List<ServiceRoutes> ROUTES = List.of(
            // A charger's local authorization list is the session service's, under the station's charge points.
            ServiceRoutes.of("session", 3002, "/api/v1/charge-points/*/local-list"),
            ServiceRoutes.of(
                    "auth",
                    3000,
                    "/api/v1/auth/**",
                    "/api/v1/users/**",
                    "/api/v1/organizations/**",
                    "/api/v1/roles/**",
                    "/api/v1/feature-flags/**"),
            ServiceRoutes.of(
                    "station",
                    3001,
                    "/api/v1/stations/**",
                    "/api/v1/sites/**",
                    "/api/v1/charge-points/**",
                    "/api/v1/commands/**"),
            ServiceRoutes.of("session", 3002, "/api/v1/sessions/**", "/api/v1/id-tokens/**", "/api/v1/meter-values/**"),
            ServiceRoutes.of("ocpp-gateway", 3003, "/api/v1/ocpp/**"),
            ServiceRoutes.of(
                    "billing",
                    3004,
                    "/api/v1/tariffs/**",
                    "/api/v1/wallet/**",
                    "/api/v1/wallets/**",
                    "/api/v1/payment-intents/**",
                    "/api/v1/billing/**",
                    "/api/v1/invoices/**",
                    "/api/v1/payment-methods/**",
                    "/api/v1/payments/**",
                    "/api/v1/finance/**",
                    "/api/v1/settlements/**",
                    "/api/v1/withdrawals/**"),
            ServiceRoutes.of("booking", 3005, "/api/v1/bookings/**"),
            ServiceRoutes.of(
                    "maintenance",
                    3006,
                    "/api/v1/incidents/**",
                    "/api/v1/dispatches/**",
                    "/api/v1/technicians/**",
                    "/api/v1/support/**"),
            ServiceRoutes.of(
                    "notification",
                    3007,
                    "/api/v1/notifications/**",
                    "/api/v1/notices/**",
                    "/api/v1/sse/**",
                    "/api/v1/push/**",
                    "/api/v1/admin/mailbox/**"),
            ServiceRoutes.of("analytics", 3008, "/api/v1/analytics/**", "/api/v1/reports/**"));

    private RouteTable() {}

    /** The services, each once, in the order of their ports. */
    public static List<String> services() {
        return ROUTES.stream()
                .sorted(java.util.Comparator.comparingInt(ServiceRoutes::defaultPort))
                .map(ServiceRoutes::service)
                .distinct()
                .toList();
    }

    static int defaultPort(String service) {
        return ROUTES.stream()
                .filter(routes -> routes.service().equals(service))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such service: " + service))
                .defaultPort();
    }
}
