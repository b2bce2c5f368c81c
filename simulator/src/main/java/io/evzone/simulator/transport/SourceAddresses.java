package io.evzone.simulator.transport;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the local addresses connections start from. One source address gives about 28,000 ephemeral ports
 * (Linux' default 32768-60999), so more connections to one loopback server need more loopback addresses; Linux
 * routes all of 127.0.0.0/8 to the loopback interface without configuration.
 */
public final class SourceAddresses {
    /** Connections per source address before another one is added, well below the ephemeral port count. */
    public static final int CONNECTIONS_PER_ADDRESS = 20_000;

    private SourceAddresses() {}

    /**
     * The addresses to use: {@code count} loopback addresses when asked for, else as many as {@code chargers}
     * needs when the target is an IPv4 loopback address, else none (the operating system chooses).
     */
    public static List<InetAddress> choose(URI target, int chargers, int count) {
        boolean loopback = isIpv4Loopback(target.getHost());
        int wanted =
                count > 0 ? count : loopback ? (chargers + CONNECTIONS_PER_ADDRESS - 1) / CONNECTIONS_PER_ADDRESS : 0;
        if (wanted <= 1 && count <= 0) {
            return List.of();
        }
        if (!loopback) {
            throw new IllegalArgumentException("Several source addresses need an IPv4 loopback target (127.x.x.x)");
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (int i = 1; i <= wanted; i++) {
            addresses.add(loopback(i));
        }
        return addresses;
    }

    static InetAddress loopback(int index) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, (byte) (index / 250), (byte) (index % 250)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isIpv4Loopback(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() && address.getAddress().length == 4;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
