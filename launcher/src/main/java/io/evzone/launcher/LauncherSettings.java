package io.evzone.launcher;

import io.evzone.platform.embedded.EmbeddedSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the launcher reads from the environment (process environment over {@code .env}).
 *
 * @param embedded which servers to start in-process, and where their data lives
 * @param portOffset added to every service's port ({@code EVZONE_PORT_OFFSET}), so a second
 *     platform (a test run, say) can live beside a running one
 * @param env the environment lookup the services see too
 */
record LauncherSettings(EmbeddedSettings embedded, int portOffset, Function<String, String> env) {

    static LauncherSettings from(Function<String, String> env) {
        String offset = env.apply("EVZONE_PORT_OFFSET");
        return new LauncherSettings(
                EmbeddedSettings.fromEnvironment(env),
                offset == null || offset.isBlank() ? 0 : Integer.parseInt(offset.trim()),
                env);
    }

    Path dataDir() {
        return embedded.dataDir();
    }

    /** Where the gateway keeps its local CA and server certificate. */
    Path pkiDir() {
        return dataDir().resolve("pki").toAbsolutePath().normalize();
    }

    /**
     * The edge's port ({@code EVZONE_EDGE_PORT}, else 8080 plus the offset) and per-client limit
     * ({@code EVZONE_EDGE_RATE_LIMIT_PER_MINUTE}) as command-line arguments: they must win over the
     * edge's own defaults, which the launcher's shared properties do not.
     */
    String[] edgeArguments() {
        List<String> arguments = new ArrayList<>();
        String port = env.apply("EVZONE_EDGE_PORT");
        if (port != null && !port.isBlank()) {
            arguments.add("--server.port=" + Integer.parseInt(port.trim()));
        }
        String limit = env.apply("EVZONE_EDGE_RATE_LIMIT_PER_MINUTE");
        if (limit != null && !limit.isBlank()) {
            arguments.add("--evzone.edge.rate-limit-per-minute=" + Integer.parseInt(limit.trim()));
        }
        return arguments.toArray(String[]::new);
    }
}
