package io.evzone.platform.embedded;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a separate JVM by {@link KilledJvmIT}: starts the infrastructure, writes one row, record and key, reports
 * {@value #READY}, then waits to be killed.
 */
public final class KilledJvm {

    static final String READY = "EVZONE-EMBEDDED-READY";

    private KilledJvm() {}

    /** Arguments: data directory, PostgreSQL port, Kafka port, Kafka controller port, Redis port. */
    public static void main(String[] args) throws Exception {
        var settings = new EmbeddedSettings(
                Path.of(args[0]),
                true,
                Integer.parseInt(args[1]),
                true,
                Integer.parseInt(args[2]),
                Integer.parseInt(args[3]),
                true,
                Integer.parseInt(args[4]));
        Map<String, String> env = EmbeddedInfrastructure.start(settings).environment();
        Clients.jdbc(env, "CREATE TABLE charger (id text PRIMARY KEY)");
        Clients.jdbc(env, "INSERT INTO charger VALUES ('CP-9')");
        Clients.produce(env, "embedded.killed.v1", "CP-9", "booted");
        Clients.redis(env, "SET", "charger:CP-9", "online");
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
