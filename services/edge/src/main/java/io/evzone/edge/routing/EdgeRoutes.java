package io.evzone.edge.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import io.evzone.contracts.EventHeaders;
import io.evzone.edge.config.EdgeProperties;
import io.evzone.platform.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The edge's routes, built from {@link RouteTable} with Spring Cloud Gateway: every public path to
 * its service, each service's OpenAPI document at {@code /api/docs/<service>.json}, and a 404 naming
 * the path for anything under {@code /api/v1} that no service owns.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeRoutes {

    static final String NO_ROUTE = "https://evzone.io/problems/no-route";

    @Bean
    RouterFunction<ServerResponse> edgeRouterFunction(
            EdgeProperties properties, MeterRegistry registry, @Value("${EVZONE_PORT_OFFSET:0}") int portOffset) {
        RouteTimer timer = new RouteTimer(registry);
        RouterFunction<ServerResponse> routes = null;
        int index = 0;
        for (ServiceRoutes service : RouteTable.ROUTES) {
            RouterFunction<ServerResponse> next =
                    apiRoute(service, index++, baseUri(properties, service.service(), portOffset), timer);
            routes = routes == null ? next : routes.and(next);
        }
        for (String service : RouteTable.services()) {
            routes = routes.and(docsRoute(service, baseUri(properties, service, portOffset)));
        }
        return routes.and(route("no-route")
                .route(RequestPredicates.path("/api/v1/**"), EdgeRoutes::noRoute)
                .build());
    }

    static URI baseUri(EdgeProperties properties, String service, int portOffset) {
        return properties
                .serviceUri(service)
                .orElseGet(() -> URI.create("http://localhost:" + (RouteTable.defaultPort(service) + portOffset)));
    }

    private static RouterFunction<ServerResponse> apiRoute(
            ServiceRoutes service, int index, URI target, RouteTimer timer) {
        RequestPredicate paths = service.patterns().stream()
                .map(RequestPredicates::path)
                .reduce(RequestPredicate::or)
                .orElseThrow();
        return route(service.service() + "-" + index)
                .route(paths, http())
                .before(uri(target))
                .before(forwardCorrelationId())
                .after(EdgeRoutes::withoutHeadersTheEdgeSets)
                .onError(Exception.class, (failure, request) -> UpstreamFailure.answer(service.service(), failure))
                .filter(timer.of(service.service()))
                .build();
    }

    private static RouterFunction<ServerResponse> docsRoute(String service, URI target) {
        return route(service + "-docs")
                .GET("/api/docs/" + service + ".json", http())
                .before(uri(target))
                .before(setPath("/api/docs.json"))
                .onError(Exception.class, (failure, request) -> UpstreamFailure.answer(service, failure))
                .build();
    }

    /** The services see the correlation id the edge logs under and answers with. */
    private static Function<ServerRequest, ServerRequest> forwardCorrelationId() {
        return request -> {
            String correlationId = MDC.get(EventHeaders.MDC_CORRELATION_ID);
            if (correlationId == null) {
                return request;
            }
            return ServerRequest.from(request)
                    .headers(headers -> headers.set(EventHeaders.HTTP_CORRELATION_ID, correlationId))
                    .build();
        };
    }

    /**
     * CORS and the correlation id are the edge's to answer: a service's own would appear twice, and
     * browsers refuse a response with two {@code Access-Control-Allow-Origin} headers.
     */
    private static ServerResponse withoutHeadersTheEdgeSets(ServerRequest request, ServerResponse response) {
        List.copyOf(response.headers().headerNames()).stream()
                .filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)
                        || name.equalsIgnoreCase(EventHeaders.HTTP_CORRELATION_ID))
                .forEach(response.headers()::remove);
        return response;
    }

    private static ServerResponse noRoute(ServerRequest request) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, "No EVZone service serves " + request.path());
        problem.setType(URI.create(NO_ROUTE));
        return ServerResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
