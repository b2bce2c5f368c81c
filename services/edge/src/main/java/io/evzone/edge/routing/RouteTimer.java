package io.evzone.edge.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Times each routed request until the service's answer starts ({@code evzone_edge_route_seconds},
 * by service, method and status), so a slow service shows apart from the others.
 */
final class RouteTimer {

    static final String METRIC = "evzone.edge.route";

    private final MeterRegistry registry;

    RouteTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    HandlerFilterFunction<ServerResponse, ServerResponse> of(String service) {
        return (request, next) -> {
            Timer.Sample sample = Timer.start(registry);
            ServerResponse response = next.handle(request);
            sample.stop(Timer.builder(METRIC)
                    .description("Requests the edge routed, until the service's answer started")
                    .tag("service", service)
                    .tag("method", request.method().name())
                    .tag("status", String.valueOf(response.statusCode().value()))
                    .publishPercentileHistogram()
                    .register(registry));
            return response;
        };
    }
}
