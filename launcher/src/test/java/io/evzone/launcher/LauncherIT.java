package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole platform in one JVM, as {@code ./evzone start} runs it. */
class LauncherIT {

    private static final int PORT_OFFSET = 21000;

    @TempDir
    Path dataDir;

    @Test
    void allNineServicesBecomeReadyAndDataSurvivesARestart() throws Exception {
        Function<String, String> env = Map.of(
                "EVZONE_DATA_DIR", dataDir.toString(),
                "EVZONE_PG_PORT", "0",
                "EVZONE_KAFKA_PORT", "0",
                "EVZONE_KAFKA_CONTROLLER_PORT", "0",
                "EVZONE_REDIS_PORT", "0",
                "EVZONE_PORT_OFFSET", String.valueOf(PORT_OFFSET))::get;
        LauncherSettings settings = LauncherSettings.from(env);

        List<RunningPlatform.ReadyService> ready = new CopyOnWriteArrayList<>();
        try (RunningPlatform platform = RunningPlatform.start(settings, ready::add)) {
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
                assertReadyAndDocumented(service);
            }
            execute(
                    platform,
                    "CREATE TABLE public.restart_probe (note TEXT); INSERT INTO public.restart_probe VALUES ('kept')");
        }

        try (RunningPlatform again = RunningPlatform.start(settings, service -> {})) {
            assertThat(query(again, "SELECT note FROM public.restart_probe")).isEqualTo("kept");
        }
        assertThat(dataDir.resolve("jwt-secret")).exists();
    }

    private static void assertReadyAndDocumented(RunningPlatform.ReadyService service) {
        TestHttp http = new TestHttp(service.port());
        assertThat(http.get("/actuator/health/readiness").body())
                .as(service.name())
                .contains("\"status\":\"UP\"");
        assertThat(http.get("/api/docs.json").statusCode()).as(service.name()).isEqualTo(200);
    }

    private static void execute(RunningPlatform platform, String sql) throws Exception {
        try (Connection connection = connect(platform)) {
            connection.createStatement().execute(sql);
        }
    }

    private static String query(RunningPlatform platform, String sql) throws Exception {
        try (Connection connection = connect(platform);
                var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(RunningPlatform platform) throws Exception {
        Map<String, String> env = platform.infrastructureEnvironment();
        return DriverManager.getConnection(
                env.get("DATABASE_URL"), env.get("DATABASE_USERNAME"), env.get("DATABASE_PASSWORD"));
    }
}
