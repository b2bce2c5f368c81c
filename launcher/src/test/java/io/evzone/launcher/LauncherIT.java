package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.evzone.ocpp.v16.messages.AuthorizationStatus;
import io.evzone.ocpp.v16.messages.AuthorizeRequest;
import io.evzone.ocpp.v16.messages.AuthorizeResponse;
import io.evzone.ocpp.v16.messages.BootNotificationRequest;
import io.evzone.ocpp.v16.messages.BootNotificationResponse;
import io.evzone.ocpp.v16.messages.ChargePointErrorCode;
import io.evzone.ocpp.v16.messages.ChargePointStatus;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v16.messages.RegistrationStatus;
import io.evzone.ocpp.v16.messages.StartTransactionRequest;
import io.evzone.ocpp.v16.messages.StartTransactionResponse;
import io.evzone.ocpp.v16.messages.StatusNotificationRequest;
import io.evzone.ocpp.v16.messages.StatusNotificationResponse;
import io.evzone.ocpp.v16.messages.StopTransactionRequest;
import io.evzone.ocpp.v16.messages.StopTransactionResponse;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestInfrastructure;
import io.evzone.platform.test.TestTokens;
import io.evzone.simulator.bench.Bench;
import io.evzone.simulator.bench.BenchOptions;
import io.evzone.simulator.bench.BenchResult;
import io.evzone.simulator.bench.NotificationBenchSettings;
import io.evzone.simulator.bench.Workload;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole platform in one JVM, as {@code ./evzone start} runs it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class LauncherIT {

    private static final int PORT_OFFSET = 21000;

    @TempDir
    static Path dataDir;

    static LauncherSettings settings;
    static RunningPlatform platform;
    static CapturedOutput startOutput;
    static final List<RunningPlatform.ReadyService> ready = new CopyOnWriteArrayList<>();
    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startThePlatform(CapturedOutput output) {
        startOutput = output;
        settings = TestLaunches.settings(dataDir, PORT_OFFSET);
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
    void allNineServicesAndTheEdgeAreReadyAndDocumentedOnTheirPorts() {
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
                        "analytics",
                        "edge");
        assertThat(portOf("edge")).isEqualTo(8080 + PORT_OFFSET).isEqualTo(platform.edgePort());
        assertThat(http("edge").get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        for (RunningPlatform.ReadyService service : services()) {
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
    @Order(1)
    void noServiceMakesUpALoginOfItsOwnOrPrintsItsPassword() {
        // Spring Boot's fallback user logs "Using generated security password: <uuid>" when a service has no
        // user store of its own; every EVZone service authenticates tokens only.
        assertThat(startOutput.getAll())
                .containsPattern("Tomcat (initialized with|started on) ports? " + (3003 + PORT_OFFSET))
                .doesNotContain("generated security password")
                .doesNotContain("inMemoryUserDetailsManager");
    }

    @Test
    @Order(2)
    void everyEndpointOfEveryServiceRefusesAnonymousAndUnauthorizedCallers() {
        List<EndpointAccessWalker.Finding> findings = new EndpointAccessWalker(services()).walk();

        assertThat(findings)
                .as("endpoints that let in a caller they should refuse")
                .isEmpty();
    }

    @Test
    @Order(2)
    void everyDocumentedOperationOfEveryServiceIsReachableThroughTheEdge() {
        RouteWalker walker = new RouteWalker(services(), platform.edgePort());

        assertThat(walker.operations()).hasSizeGreaterThan(60);
        assertThat(walker.walk(admin()))
                .as("operations the edge does not pass to the service that documents them")
                .isEmpty();
    }

    @Test
    @Order(1)
    void everyOperationDocumentsItsSuccessAndErrorShapes() {
        assertThat(new ResponseShapes().undocumented(services()))
                .as("operations whose answers a client would have to guess")
                .isEmpty();
    }

    @Test
    @Order(2)
    void noTwoServicesClaimTheSameMethodAndPath() {
        assertThat(new RouteWalker(services(), platform.edgePort()).duplicates())
                .as("one public owner per method and path")
                .isEmpty();
    }

    @Test
    @Order(3)
    void anUnknownOcpp16ChargerIsAcceptedAndListedByTheStationService() throws Exception {
        try (TestCharger<Ocpp16Request, Ocpp16Response> charger = TestCharger.v16(gatewayUrl("TEST_CP_001"))) {
            assertThat(charger.subprotocol()).isEqualTo("ocpp1.6");

            BootNotificationResponse boot =
                    charger.call(BootNotificationRequest.of("EVZone", "E2E-Model"), BootNotificationResponse.class);

            assertThat(boot.status()).isEqualTo(RegistrationStatus.ACCEPTED);
            assertThat(boot.interval()).isPositive();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(http("station")
                                    .get("/api/v1/charge-points/by-ocpp/TEST_CP_001", admin())
                                    .body())
                            .contains("E2E-Model")
                            .contains("EVZone"));
        }
    }

    @Test
    @Order(4)
    void aChargingSessionOverOcppShowsItsEnergyInTheSessionApi() throws Exception {
        assertThat(http("session")
                        .post("/api/v1/id-tokens", "{\"value\":\"E2E-TAG-1\",\"organizationId\":\"org-e2e\"}", admin())
                        .statusCode())
                .isEqualTo(201);
        try (TestCharger<Ocpp16Request, Ocpp16Response> charger = TestCharger.v16(gatewayUrl("TEST_CP_002"))) {
            charger.call(BootNotificationRequest.of("EVZone", "E2E-Model"), BootNotificationResponse.class);
            AuthorizeResponse authorized = charger.call(new AuthorizeRequest("E2E-TAG-1"), AuthorizeResponse.class);
            assertThat(authorized.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);

            StartTransactionResponse started = charger.call(
                    StartTransactionRequest.of(1, "E2E-TAG-1", 1_000, Instant.now()), StartTransactionResponse.class);
            assertThat(started.idTagInfo().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
            charger.call(
                    StopTransactionRequest.of(8_500, Instant.now(), started.transactionId()),
                    StopTransactionResponse.class);
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(http("session")
                                .get("/api/v1/sessions/history/all?ocppId=TEST_CP_002", admin())
                                .body())
                        .contains("\"energyWh\":7500")
                        .contains("\"status\":\"COMPLETED\""));
    }

    @Test
    @Order(4)
    void connectorStatusFromARealChargerShowsInTheStationApiAndItGoesOfflineWhenItDisconnects() throws Exception {
        try (TestCharger<Ocpp16Request, Ocpp16Response> charger = TestCharger.v16(gatewayUrl("TEST_CP_003"))) {
            charger.call(BootNotificationRequest.of("EVZone", "E2E-Model"), BootNotificationResponse.class);
            charger.call(
                    StatusNotificationRequest.of(1, ChargePointErrorCode.NO_ERROR, ChargePointStatus.AVAILABLE),
                    StatusNotificationResponse.class);
            charger.call(
                    StatusNotificationRequest.of(2, ChargePointErrorCode.GROUND_FAILURE, ChargePointStatus.FAULTED),
                    StatusNotificationResponse.class);

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(chargePoint("TEST_CP_003"))
                            .contains("\"online\":true")
                            .contains("\"status\":\"AVAILABLE\"")
                            .contains("\"status\":\"FAULTED\"")
                            .contains("\"errorCode\":\"GroundFailure\""));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(chargePoint("TEST_CP_003")).contains("\"online\":false"));
    }

    @Test
    @Order(4)
    void aPendingChargerIsAcceptedAfterAnOperatorApprovesIt() throws Exception {
        setUnknownChargerPolicy("\"PENDING\"");
        try (TestCharger<Ocpp16Request, Ocpp16Response> charger = TestCharger.v16(gatewayUrl("TEST_CP_004"))) {
            assertThat(charger.call(BootNotificationRequest.of("EVZone", "E2E-Model"), BootNotificationResponse.class)
                            .status())
                    .isEqualTo(RegistrationStatus.PENDING);
            String id = json.readTree(chargePoint("TEST_CP_004")).get("id").asString();

            assertThat(http("station")
                            .post("/api/v1/charge-points/" + id + "/approve", "{}", admin())
                            .statusCode())
                    .isEqualTo(200);

            assertThat(charger.call(BootNotificationRequest.of("EVZone", "E2E-Model"), BootNotificationResponse.class)
                            .status())
                    .isEqualTo(RegistrationStatus.ACCEPTED);
        } finally {
            setUnknownChargerPolicy("null");
        }
    }

    @Test
    @Order(4)
    void aRemoteStartAndStopFromTheSessionApiDriveASimulatedCharger() {
        SimulatorOptions options = SimulatorOptions.builder(
                        URI.create("ws://localhost:" + portOf("ocpp-gateway") + "/ocpp"))
                .chargers(1)
                .prefix("E2E-RS")
                .version(io.evzone.ocpp.OcppVersion.V16)
                .connectors(1)
                .meterInterval(Duration.ofSeconds(1))
                .progress(false)
                .build();
        assertThat(http("session")
                        .post("/api/v1/id-tokens", "{\"value\":\"E2E-TAG-RS\",\"organizationId\":\"org-e2e\"}", admin())
                        .statusCode())
                .isEqualTo(201);
        try (RunningSimulation simulation = Simulator.start(options)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> simulation.snapshot().booted() == 1);
            String charger = options.chargerId(0);

            // The session service learns of a new charger from events, which under load arrive after the boot.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var started = http("session")
                        .post(
                                "/api/v1/sessions/start",
                                "{\"ocppId\":\"" + charger + "\",\"connectorId\":1,\"idTag\":\"E2E-TAG-RS\"}",
                                admin());
                assertThat(started.statusCode()).as(started.body()).isIn(200, 202);
            });

            String sessionId =
                    await().atMost(Duration.ofSeconds(30)).until(() -> activeSessionOf(charger), id -> id != null);
            assertThat(http("session")
                            .post("/api/v1/sessions/" + sessionId + "/stop", "{}", admin())
                            .statusCode())
                    .isIn(200, 202);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(http("session")
                                    .get("/api/v1/sessions/" + sessionId, admin())
                                    .body())
                            .contains("\"status\":\"COMPLETED\""));
        }
    }

    @Test
    @Order(4)
    void commandsFromTheStationApiReachASimulatedChargerAndShowItsAnswers() {
        SimulatorOptions options = SimulatorOptions.builder(
                        URI.create("ws://localhost:" + portOf("ocpp-gateway") + "/ocpp"))
                .chargers(1)
                .prefix("E2E-CMD")
                .version(io.evzone.ocpp.OcppVersion.V16)
                .connectors(1)
                .progress(false)
                .build();
        String charger = options.chargerId(0);
        String id;
        try (RunningSimulation simulation = Simulator.start(options)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> simulation.snapshot().booted() == 1);
            id = await().atMost(Duration.ofSeconds(30))
                    .until(() -> json.readTree(chargePoint(charger)).path("id").asString(), s -> !s.isEmpty());

            assertThat(commandOutcome(id, "pause", "{\"connectorId\":1}")).isEqualTo("ACCEPTED");
            assertThat(commandOutcome(id, "resume", "{\"connectorId\":1}")).isEqualTo("ACCEPTED");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(chargePoint(charger)).contains("\"online\":false"));
        assertThat(commandOutcome(id, "soft-reset", ""))
                .as("no gateway node holds it")
                .isEqualTo("OFFLINE");
    }

    /** Sends a command through the station service and waits for the outcome the gateway reports. */
    private static String commandOutcome(String chargePointId, String command, String body) {
        var sent =
                http("station").post("/api/v1/charge-points/" + chargePointId + "/commands/" + command, body, admin());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String commandId = json.readTree(sent.body()).path("commandId").asString();
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> json.readTree(http("station")
                                        .get("/api/v1/commands/" + commandId, admin())
                                        .body())
                                .path("status")
                                .asString(),
                        status -> !status.equals("QUEUED"));
    }

    @Test
    @Order(5)
    void theFirstRunAdministratorCanLogInWithHttpOnlyCookies() {
        var response = http("auth").post("/api/v1/auth/login", "{\"email\":\"admin@test.com\",\"password\":\"pass\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("accessToken").contains("refreshToken");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("evzone_access_token=").contains("HttpOnly"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("evzone_refresh_token=").contains("HttpOnly"));
    }

    @Test
    @Order(5)
    void theSeedChecksPassThroughTheEdge() {
        var login = http("edge").post("/api/v1/auth/login", "{\"email\":\"admin@test.com\",\"password\":\"pass\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("evzone_access_token=").contains("HttpOnly"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("evzone_refresh_token=").contains("HttpOnly"));
        String accessCookie = cookies.stream()
                .filter(cookie -> cookie.startsWith("evzone_access_token="))
                .findFirst()
                .orElseThrow()
                .split(";")[0];

        var metrics = http("edge").get("/api/v1/auth/metrics", "Cookie", accessCookie);
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);

        for (RunningPlatform.ReadyService service : ready) {
            var docs = followingRedirects(service.port(), "/api/docs");
            assertThat(docs.statusCode())
                    .as(service.name() + " /api/docs without a login")
                    .isEqualTo(200);
            assertThat(docs.body()).as(service.name()).contains("swagger-ui");
        }
    }

    @Test
    @Order(5)
    void aBrowserLogsInThroughTheEdgesSwaggerUiAndUsesTheApiWithItsCookieWhileAnotherSiteCannot() {
        assumeTrue(
                HeadlessChromium.installed() || "true".equals(System.getenv("CI")),
                "Chromium is not installed (apt-get install chromium); CI installs it and runs this test");
        String edge = "http://localhost:" + platform.edgePort();
        try (HeadlessChromium chromium = HeadlessChromium.start(dataDir.resolve("chromium"));
                DevToolsPage page = chromium.newPage();
                CrossSitePage otherSite = new CrossSitePage()) {
            page.navigate(edge + "/api/docs");
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(page.evaluate(
                                    "document.querySelector('.swagger-ui .info .title')?.textContent ?? ''"))
                            .contains("EVZone auth API"));
            assertThat(page.evaluate("[...document.querySelectorAll('.topbar select option')]"
                            + ".map(o => o.textContent).join(',')"))
                    .contains("auth", "station", "session", "ocpp-gateway", "billing")
                    .contains("booking", "maintenance", "notification", "analytics");

            assertThat(
                            page.evaluate(
                                    "fetch('/api/v1/auth/login', {method: 'POST',"
                                            + " headers: {'Content-Type': 'application/json'},"
                                            + " body: JSON.stringify({email: 'admin@test.com', password: 'pass'})}).then(r => r.status)"))
                    .isEqualTo("200");
            assertThat(page.evaluate("document.cookie")).as("httpOnly").doesNotContain("evzone_");
            assertThat(page.evaluate("fetch('/api/v1/users/me').then(async r => r.status + ' ' + await r.text())"))
                    .startsWith("200 ")
                    .contains("admin@test.com");
            assertThat(page.evaluate("fetch('/api/v1/charge-points').then(async r => r.status + ' ' + await r.text())"))
                    .startsWith("200 [");
            assertThat(page.evaluate("fetch('/api/v1/charge-points/00000000-0000-4000-8000-000000000000"
                            + "/commands/soft-reset', {method: 'POST'}).then(r => r.status)"))
                    .as("a cookie-authenticated write from the edge's own origin passes the origin check")
                    .isEqualTo("404");

            page.navigate(otherSite.url());
            assertThat(page.evaluate("fetch('" + edge + "/api/v1/users/me', {credentials: 'include'})"
                            + ".then(async r => 'read ' + r.status + ' ' + await r.text(), e => 'refused ' + e.name)"))
                    .startsWith("refused");
            assertThat(page.evaluate("fetch('" + edge + "/api/v1/charge-points', {credentials: 'include'})"
                            + ".then(async r => 'read ' + r.status + ' ' + await r.text(), e => 'refused ' + e.name)"))
                    .startsWith("refused");
        }
    }

    @ParameterizedTest
    @EnumSource(Workload.class)
    @Order(6)
    void aHundredChargerSmokeRunOfEachBenchWorkloadEndsWithoutErrors(Workload workload) {
        BenchOptions defaults =
                BenchOptions.defaults(workload, URI.create("ws://localhost:" + portOf("ocpp-gateway") + "/ocpp"));
        BenchOptions options = new BenchOptions(
                workload,
                defaults.url(),
                100,
                workload == Workload.METER_VALUES ? 200 : workload == Workload.NOTIFICATIONS ? 5 : 100,
                Duration.ofSeconds(workload == Workload.BOOT_STORM ? 120 : 15),
                defaults.version(),
                defaults.connectors(),
                "SMOKE-" + workload.name().replace('_', '-'),
                0,
                defaults.security(),
                URI.create("http://localhost:" + portOf("station")),
                URI.create("http://localhost:" + portOf("session")),
                URI.create("http://localhost:" + portOf("auth")),
                TestTokens.platformAdmin(),
                null,
                null,
                defaults.gatewayMetrics(),
                0,
                1,
                dataDir.resolve("bench-" + workload + ".json"));

        var notifications = new NotificationBenchSettings(
                URI.create("http://localhost:" + portOf("notification")),
                platform.infrastructureEnvironment().get("KAFKA_BROKERS"),
                TestInfrastructure.JWT_SECRET,
                1,
                250);
        BenchResult result = Bench.run(options, notifications);

        assertThat(result.metrics()).as(workload + ": " + result.metrics()).doesNotContainKey("failure");
        if (workload == Workload.BOOT_STORM) {
            assertThat(result.number("visible in station API").longValue())
                    .as("chargers the station API lists")
                    .isEqualTo(100);
            assertThat(result.number("statuses answered").longValue())
                    .as("a StatusNotification per connector of each charger")
                    .isEqualTo(100L * options.connectors());
        }
        for (String errorMetric : List.of("errors", "connect failures", "errors during hold")) {
            if (result.metrics().containsKey(errorMetric)) {
                assertThat(result.number(errorMetric).longValue())
                        .as(workload + " " + errorMetric)
                        .isZero();
            }
        }
    }

    @Test
    @Order(9)
    void dataSurvivesARestart() throws Exception {
        execute("CREATE TABLE public.restart_probe (note TEXT); INSERT INTO public.restart_probe VALUES ('kept')");
        platform.close();
        platform = null;

        try (RunningPlatform again = RunningPlatform.start(settings, service -> {})) {
            assertThat(query(again, "SELECT note FROM public.restart_probe")).isEqualTo("kept");
        }
    }

    /** The nine services, without the edge. */
    private static List<RunningPlatform.ReadyService> services() {
        return ready.stream().filter(service -> !service.name().equals("edge")).toList();
    }

    private static java.net.http.HttpResponse<String> followingRedirects(int port, String path) {
        try {
            return java.net.http.HttpClient.newBuilder()
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                    .build()
                    .send(
                            java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String chargePoint(String ocppId) {
        return http("station")
                .get("/api/v1/charge-points/by-ocpp/" + ocppId, admin())
                .body();
    }

    /** Sets the policy and waits until the gateway applies it (it answers new chargers' boots itself under ACCEPT). */
    private static void setUnknownChargerPolicy(String policy) {
        var response = http("station")
                .put("/api/v1/charge-points/provisioning-policy", "{\"unknownChargers\":" + policy + "}", admin());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String newChargers = switch (policy) {
            case "\"PENDING\"" -> "PENDING";
            case "\"REJECT\"" -> "REJECTED";
            default -> "ACCEPTED";
        };
        Pattern applied =
                Pattern.compile("evzone_gateway_new_charger_policy\\{new_chargers=\"" + newChargers + "\"[^}]*} 1\\.0");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> applied.matcher(
                                http("ocpp-gateway").get("/actuator/prometheus").body())
                        .find());
    }

    private static String activeSessionOf(String chargePointId) {
        JsonNode sessions = json.readTree(http("session")
                .get("/api/v1/sessions/active?ocppId=" + chargePointId, admin())
                .body());
        return sessions.isArray() && !sessions.isEmpty()
                ? sessions.get(0).get("id").asString()
                : null;
    }

    private static String gatewayUrl(String chargePointId) {
        return "ws://localhost:" + portOf("ocpp-gateway") + "/ocpp/" + chargePointId;
    }

    private static TestHttp http(String service) {
        return new TestHttp(portOf(service));
    }

    private static int portOf(String service) {
        return ready.stream()
                .filter(s -> s.name().equals(service))
                .findFirst()
                .orElseThrow()
                .port();
    }

    private static String[] admin() {
        return TestHttp.bearer(TestTokens.platformAdmin());
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
