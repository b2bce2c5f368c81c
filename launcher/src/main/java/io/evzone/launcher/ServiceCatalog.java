package io.evzone.launcher;

import io.evzone.analytics.AnalyticsServiceApplication;
import io.evzone.auth.AuthServiceApplication;
import io.evzone.billing.BillingServiceApplication;
import io.evzone.booking.BookingServiceApplication;
import io.evzone.edge.EdgeApplication;
import io.evzone.gateway.GatewayServiceApplication;
import io.evzone.maintenance.MaintenanceServiceApplication;
import io.evzone.notification.NotificationServiceApplication;
import io.evzone.platform.EvzoneService;
import io.evzone.session.SessionServiceApplication;
import io.evzone.station.StationServiceApplication;
import java.util.List;

/** The nine services, in the order they start and are listed, and the edge in front of them. */
final class ServiceCatalog {

    static final List<Class<?>> SERVICES = List.of(
            AuthServiceApplication.class,
            StationServiceApplication.class,
            SessionServiceApplication.class,
            GatewayServiceApplication.class,
            BillingServiceApplication.class,
            BookingServiceApplication.class,
            MaintenanceServiceApplication.class,
            NotificationServiceApplication.class,
            AnalyticsServiceApplication.class);

    /** The single public origin: routes every service's API, keeps no data (so it has no migrations). */
    static final Class<?> EDGE = EdgeApplication.class;

    private ServiceCatalog() {}

    static EvzoneService describe(Class<?> service) {
        return service.getAnnotation(EvzoneService.class);
    }
}
