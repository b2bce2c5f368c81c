package io.evzone.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Picks free ports and checks requested ones, on the loopback interface where the servers listen. */
final class Ports {

    private Ports() {}

    /**
     * Replaces each 0 in {@code requested} by a free port, all different from each other and from the requested
     * ones; other ports are returned as they are.
     */
    static int[] withFreePorts(int... requested) {
        int[] resolved = requested.clone();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < resolved.length; i++) {
                while (resolved[i] == 0) {
                    // Holding every picked socket until the end keeps the next pick from returning it again.
                    ServerSocket socket = bind(0);
                    held.add(socket);
                    resolved[i] = contains(requested, socket.getLocalPort()) ? 0 : socket.getLocalPort();
                }
            }
            return resolved;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on localhost", e);
        } finally {
            held.forEach(Ports::closeQuietly);
        }
    }

    /**
     * Checks that nothing listens on {@code port} yet.
     *
     * @throws PortUnavailableException naming {@code variable}, which chooses another port, when something does
     */
    static void requireAvailable(int port, String server, String variable) {
        try {
            bind(port).close();
        } catch (IOException e) {
            throw new PortUnavailableException(server, port, variable, e);
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            // As the servers themselves do, so that connections still in TIME_WAIT do not count as "in use".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private static boolean contains(int[] ports, int port) {
        return Arrays.stream(ports).anyMatch(candidate -> candidate == port);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a listening socket that nobody connected to cannot lose anything.
        }
    }
}
