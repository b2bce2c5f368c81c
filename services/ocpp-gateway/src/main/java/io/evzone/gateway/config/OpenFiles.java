package io.evzone.gateway.config;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * The process's open-file limit, which bounds how many sockets the gateway can hold: a process out of
 * descriptors fails everywhere at once (in the all-in-one node the embedded Kafka broker then loses its
 * log directory and halts the JVM), so chargers' sockets must leave some for everything else.
 */
public final class OpenFiles {

    private OpenFiles() {}

    /** The process's limit, or -1 when the platform does not tell. */
    public static long limit() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount()
                : -1;
    }

    /**
     * The configured maximum, but never more than the limit minus what is kept for the rest of the process;
     * with a limit too small for that reserve, half of it.
     *
     * @param limit the process's limit, or a negative number when unknown (the configured maximum stands)
     */
    public static int within(int configured, long limit, int reserved) {
        if (limit < 0) {
            return configured;
        }
        long available = limit > 2L * reserved ? limit - reserved : limit / 2;
        return (int) Math.min(configured, Math.max(1, available));
    }
}
