package io.evzone.edge.routing;

import java.util.List;

/**
 * The public paths one service owns at the edge.
 *
 * @param service the service's name, as in its {@code @EvzoneService}
 * @param defaultPort where the service listens when nothing else is configured
 * @param patterns path patterns under {@code /api/v1} that the edge sends to it
 */
public record ServiceRoutes(String service, int defaultPort, List<String> patterns) {

    static ServiceRoutes of(String service, int defaultPort, String... patterns) {
        return new ServiceRoutes(service, defaultPort, List.of(patterns));
    }
}
