package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.ocpp.OcppVersion;
import io.evzone.platform.embedded.EmbeddedPostgresServer;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill -9 of the whole platform (its JVM, PostgreSQL and Redis) while 100 simulated chargers run
 * sessions, then a restart on the same data directory: every StartTransaction, MeterValues and
 * StopTransaction a charger got an answer for is in the session schema. The gateway answers charging
 * data only once Kafka acknowledged it, and PostgreSQL must not lose a commit it acknowledged
 * (EVZONE_PG_DURABILITY=durable, the default).
 */
class KilledPlatformIT {

    private static final int PORT_OFFSET = 23000;
    private static final int CHARGERS = 100;
    private static final String PREFIX = "KILL9";

    @TempDir
    Path dataDir;

    private PlatformProcess platform;

    @AfterEach
    void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void noAcknowledgedTransactionMessageIsLostWhenTheWholePlatformIsKilled() throws Exception {
        Map<String, String> ports = PlatformProcess.freeInfrastructurePorts();
        platform = PlatformProcess.start(dataDir, ports, PORT_OFFSET, dataDir.resolve("platform-1.log"));
        SimulatorOptions options = SimulatorOptions.builder(
                        URI.create("ws://localhost:" + (3003 + PORT_OFFSET) + "/ocpp"))
                .chargers(CHARGERS)
                .prefix(PREFIX)
                .version(OcppVersion.V16)
                .connectors(1)
                .scenario(Scenario.DRIVER_SESSION)
                .meterInterval(Duration.ofSeconds(1))
                .sessionLength(Duration.ofSeconds(6))
                .rampPerSecond(50)
                .progress(false)
                .build();
        registerIdTags(options);

        Acknowledged acknowledged;
        try (RunningSimulation simulation = Simulator.start(options)) {
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> Acknowledged.by(simulation).stops() >= CHARGERS / 2);
            platform.killEverything();
            acknowledged = Acknowledged.by(simulation);
        }
        platform = PlatformProcess.start(dataDir, ports, PORT_OFFSET, dataDir.resolve("platform-2.log"));

        assertThat(acknowledged.meterValues()).isGreaterThan(CHARGERS);
        String jdbcUrl =
                "jdbc:postgresql://localhost:" + ports.get("EVZONE_PG_PORT") + "/" + EmbeddedPostgresServer.DATABASE;
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Acknowledged stored = stored(jdbcUrl);
                    assertThat(stored.starts()).as("sessions started").isGreaterThanOrEqualTo(acknowledged.starts());
                    assertThat(stored.meterValues())
                            .as("periodic meter values")
                            .isGreaterThanOrEqualTo(acknowledged.meterValues());
                    assertThat(stored.stops()).as("sessions stopped").isGreaterThanOrEqualTo(acknowledged.stops());
                });
    }

    /** How many of each transaction message were answered, or are stored. */
    record Acknowledged(long starts, long meterValues, long stops) {

        static Acknowledged by(RunningSimulation simulation) {
            var stats = simulation.stats();
            return new Acknowledged(
                    stats.answered("StartTransaction"),
                    stats.answered("MeterValues"),
                    stats.answered("StopTransaction"));
        }
    }

    private static void registerIdTags(SimulatorOptions options) {
        TestHttp session = new TestHttp(3002 + PORT_OFFSET);
        String[] admin = TestHttp.bearer(TestTokens.platformAdmin());
        for (int i = 0; i < CHARGERS; i++) {
            var response = session.post(
                    "/api/v1/id-tokens",
                    "{\"value\":\"" + options.idTag(i) + "\",\"organizationId\":\"kill9\"}",
                    admin);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }

    private static Acknowledged stored(String jdbcUrl) throws SQLException {
        String ours = " WHERE charge_point_id LIKE '" + PREFIX + "-%'";
        try (Connection db = DriverManager.getConnection(
                jdbcUrl, EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD)) {
            return new Acknowledged(
                    count(db, "SELECT count(*) FROM session.charging_session" + ours),
                    // One MeterValues message is one instant of one connector, with two or three samples.
                    count(
                            db,
                            "SELECT count(DISTINCT (charge_point_id, connector_id, sampled_at)) FROM session.meter_value"
                                    + ours + " AND context ILIKE '%periodic%'"),
                    count(db, "SELECT count(*) FROM session.charging_session" + ours + " AND stopped_at IS NOT NULL"));
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
