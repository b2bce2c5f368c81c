package io.evzone.gateway.transport;

import java.util.List;
import java.util.Set;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Picks the subprotocol in the server's order of preference among those the charger offers (and,
 * for {@code /ocpp/{version}/{id}}, only the version the path names). When none fits, the upgrade
 * completes without a subprotocol and the handler closes the connection at once, as OCPP-J 1.6
 * §3.1.2 and 2.0.1 Part 4 §3.1.2 require.
 */
class SubprotocolNegotiation extends DefaultHandshakeHandler {

    private static final ThreadLocal<String> PATH_VERSION = new ThreadLocal<>();
    private final List<String> preference;

    SubprotocolNegotiation(List<String> preference) {
        this.preference = List.copyOf(preference);
        setSupportedProtocols(preference.toArray(String[]::new));
    }

    /** The handshake interceptor runs on the same thread just before the handshake: it hands over the path's version. */
    static void pathVersion(String version) {
        PATH_VERSION.set(version);
    }

    static void clear() {
        PATH_VERSION.remove();
    }

    @Override
    protected String selectProtocol(List<String> requestedProtocols, WebSocketHandler webSocketHandler) {
        Set<String> offered = Set.copyOf(requestedProtocols);
        String pathVersion = PATH_VERSION.get();
        for (String candidate : preference) {
            if (offered.contains(candidate) && matchesPath(candidate, pathVersion)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean matchesPath(String subprotocol, String pathVersion) {
        return pathVersion == null
                || subprotocol.equalsIgnoreCase(pathVersion)
                || subprotocol.equalsIgnoreCase("ocpp" + pathVersion);
    }
}
