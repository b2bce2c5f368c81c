package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestInfrastructure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The whole platform in one JVM, as {@code ./evzone start} runs it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final int PORT_OFFSET = 21000;

    @TempDir
    static Path dataDir;

    static LauncherSettings settings;
    static RunningPlatform platform;
    static final List<RunningPlatform.ReadyService> ready = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startThePlatform() {
        Function<String, String> env = Map.of(
                "EVZONE_DATA_DIR", dataDir.toString(),
                "EVZONE_PG_PORT", "0",
                "EVZONE_KAFKA_PORT", "0",
                "EVZONE_KAFKA_CONTROLLER_PORT", "0",
                "EVZONE_REDIS_PORT", "0",
                "EVZONE_PORT_OFFSET", String.valueOf(PORT_OFFSET),
                "JWT_SECRET", TestInfrastructure.JWT_SECRET)::get;
        settings = LauncherSettings.from(env);
        platform = RunningPlatform.start(settings, ready::add);
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void allNineServicesAreReadyAndDocumentedOnTheirPorts() {
        assertThat(ready)
                .extracting(RunningPlatform.ReadyService::name)
                .containsExactlyInAnyOrder(
                        "auth",
                        "station",
                        "session",
                        "ocpp-gateway",
                        "billing",
                        "booking",
                        "maintenance",
                        "notification",
                        "analytics");
        for (RunningPlatform.ReadyService service : ready) {
            assertThat(service.port()).isBetween(3000 + PORT_OFFSET, 3008 + PORT_OFFSET);
            TestHttp http = new TestHttp(service.port());
            assertThat(http.get("/actuator/health/readiness").body())
                    .as(service.name())
                    .contains("\"status\":\"UP\"");
            assertThat(http.get("/api/docs.json").statusCode())
                    .as(service.name())
                    .isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void everyEndpointOfEveryServiceRefusesAnonymousAndUnauthorizedCallers() {
        List<EndpointAccessWalker.Finding> findings = new EndpointAccessWalker(ready).walk();

        assertThat(findings)
                .as("endpoints that let in a caller they should refuse")
                .isEmpty();
    }

    @Test
    @Order(3)
    void dataSurvivesARestart() throws Exception {
        execute("CREATE TABLE public.restart_probe (note TEXT); INSERT INTO public.restart_probe VALUES ('kept')");
        platform.close();
        platform = null;

        try (RunningPlatform again = RunningPlatform.start(settings, service -> {})) {
            assertThat(query(again, "SELECT note FROM public.restart_probe")).isEqualTo("kept");
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = connect(platform)) {
            connection.createStatement().execute(sql);
        }
    }

    private static String query(RunningPlatform running, String sql) throws Exception {
        try (Connection connection = connect(running);
                var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(RunningPlatform running) throws Exception {
        Map<String, String> env = running.infrastructureEnvironment();
        return DriverManager.getConnection(
                env.get("DATABASE_URL"), env.get("DATABASE_USERNAME"), env.get("DATABASE_PASSWORD"));
    }
}
