package io.evzone.launcher;

import io.evzone.platform.test.TestInfrastructure;
import java.nio.file.Path;
import java.util.Map;

/** Settings of a platform started by a test: its own data directory, free infrastructure ports, shifted service ports. */
final class TestLaunches {

    private TestLaunches() {}

    static LauncherSettings settings(Path dataDir, int portOffset) {
        return LauncherSettings.from(Map.of(
                "EVZONE_DATA_DIR", dataDir.toString(),
                "EVZONE_PG_PORT", "0",
                "EVZONE_KAFKA_PORT", "0",
                "EVZONE_KAFKA_CONTROLLER_PORT", "0",
                "EVZONE_REDIS_PORT", "0",
                "EVZONE_PORT_OFFSET", String.valueOf(portOffset),
                // The tests call far more than a client would from one address; the limit has its own test.
                "EVZONE_EDGE_RATE_LIMIT_PER_MINUTE", "100000",
                "JWT_SECRET", TestInfrastructure.JWT_SECRET)::get);
    }
}
