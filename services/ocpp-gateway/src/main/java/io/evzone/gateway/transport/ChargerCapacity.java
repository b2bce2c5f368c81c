package io.evzone.gateway.transport;

import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.config.OpenFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How many chargers this node holds at once. A charger past the limit is refused at the handshake
 * rather than left in Tomcat's accept queue: it learns at once to come back later (or to another node
 * behind the load balancer), and the node's HTTP port stays reachable for health probes and commands.
 */
@Component
public class ChargerCapacity {

    private static final Logger log = LoggerFactory.getLogger(ChargerCapacity.class);

    private final int maxChargers;

    public ChargerCapacity(GatewayProperties properties, GatewayMetrics metrics) {
        GatewayProperties.Tomcat tomcat = properties.tomcat();
        this.maxChargers = properties.maxChargers() != null
                ? properties.maxChargers()
                : OpenFiles.within(tomcat.maxConnections(), OpenFiles.limit(), tomcat.reservedFileDescriptors());
        log.info("This node holds at most {} chargers (evzone.gateway.max-chargers)", maxChargers);
        metrics.maxChargers(maxChargers);
    }

    /** Whether a new charger may connect while {@code connected} are. */
    boolean admits(int connected) {
        return connected < maxChargers;
    }
}
