package io.evzone.simulator.transport;

import io.evzone.ocpp.OcppVersion;
import java.util.concurrent.CompletableFuture;

/** Opens charger connections: the real one over the network, a fake one in tests. */
public interface Dialer {

    /**
     * Connects charger {@code chargerId} offering the version's subprotocol. The future fails when the handshake
     * fails or the server does not accept the subprotocol.
     */
    CompletableFuture<Link> dial(String chargerId, OcppVersion version, LinkListener listener);
}
