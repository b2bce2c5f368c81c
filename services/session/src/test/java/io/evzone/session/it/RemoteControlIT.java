package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.ENDED;
import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.session.charging.domain.Transactions.v16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.platform.test.TestHttp;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RemoteControlIT extends SessionServiceIT {

    private final String org = unique("org");
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

    @Test
    void remoteStartWithTheDriversOwnTokenSendsTheCommandAndReportsTheChargersAnswer() {
        String cp = charger(org, OcppVersion.V201);
        String driver = unique("driver");
        String tag = idToken(org, driver, "ACTIVE", null);

        var call = async(() -> http().post(
                        "/api/v1/sessions/start",
                        "{\"ocppId\":\"" + cp + "\",\"evseId\":1}",
                        TestHttp.bearer(driver(driver, null))));
        var command = commandFor(cp, "remote-start");
        completeCommand(command, CommandStatus.ACCEPTED);

        HttpResponse<String> response = call.join();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ACCEPTED\"", command.commandId());
        assertThat(fields(command))
                .containsEntry("idToken", java.util.Map.of("value", tag, "type", "ISO14443"))
                .containsEntry("evseId", 1)
                .containsKey("remoteStartId");
        assertThat(sessionsOn(cp))
                .as("no session until the charger reports one")
                .isZero();
    }

    @Test
    void remoteStartWithoutAnAnswerInTimeIs202WithTheCommandToPoll() {
        String cp = charger(org, OcppVersion.V16);
        String driver = unique("driver");
        idToken(org, driver, "ACTIVE", null);

        var response = http().post(
                        "/api/v1/sessions/start",
                        "{\"ocppId\":\"" + cp + "\",\"connectorId\":1}",
                        TestHttp.bearer(driver(driver, org)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"QUEUED\"");
        var command = commandFor(cp, "remote-start");
        completeCommand(command, CommandStatus.REJECTED);
        await().atMost(WAIT)
                .until(() -> http().get(
                                "/api/v1/sessions/commands/" + command.commandId(),
                                TestHttp.bearer(driver(driver, org)))
                        .body()
                        .contains("\"status\":\"REJECTED\""));
    }

    @Test
    void remoteStartWithABlockedTokenIsRefused() {
        String cp = charger(org, OcppVersion.V16);
        String driver = unique("driver");
        String tag = idToken(org, driver, "BLOCKED", null);

        var response = http().post(
                        "/api/v1/sessions/start",
                        "{\"ocppId\":\"" + cp + "\",\"idTag\":\"" + tag + "\"}",
                        TestHttp.bearer(driver(driver, org)));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("BLOCKED", "\"statusCode\":409");
    }

    @Test
    void remoteStopSendsTheCommandAndTheSessionEndsOnlyWhenTheChargerReportsIt() {
        String cp = charger(org, OcppVersion.V16);
        String driver = unique("driver");
        String tag = idToken(org, driver, "ACTIVE", null);
        String tx = askTransaction(v16(cp, STARTED, null, tag, 0L, t0)).answer().transactionId();
        String sessionId = session(cp, tx).get("id").toString();

        var call =
                async(() -> http().post("/api/v1/sessions/" + sessionId + "/stop", "", TestHttp.bearer(operator(org))));
        var command = commandFor(cp, "remote-stop");
        completeCommand(command, CommandStatus.ACCEPTED);

        assertThat(call.join().statusCode()).isEqualTo(200);
        assertThat(fields(command).get("transactionId"))
                .as("an opaque string, as reported")
                .isEqualTo(tx);
        assertThat(session(cp, tx).get("status")).isEqualTo("ACTIVE");

        report(v16(cp, ENDED, tx, tag, 100L, t0.plusSeconds(60)));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(session(cp, tx).get("status")));
        var again = http().post("/api/v1/sessions/" + sessionId + "/stop", "", TestHttp.bearer(driver(driver, org)));
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void aDriverSeesOnlyTheirOwnSessionsAndOperatorsOnlyTheirOrganizations() {
        String cp = charger(org, OcppVersion.V16);
        String alice = unique("alice");
        String tag = idToken(org, alice, "ACTIVE", null);
        String tx = askTransaction(v16(cp, STARTED, null, tag, 0L, t0)).answer().transactionId();
        String sessionId = session(cp, tx).get("id").toString();
        String path = "/api/v1/sessions/" + sessionId;

        assertThat(http().get(path, TestHttp.bearer(driver(alice, org))).statusCode())
                .isEqualTo(200);
        assertThat(http().get(path, TestHttp.bearer(driver(unique("bob"), org))).statusCode())
                .isEqualTo(404);
        assertThat(http().get(path, TestHttp.bearer(operator(org))).statusCode())
                .isEqualTo(200);
        assertThat(http().get(path, TestHttp.bearer(operator(unique("other-org"))))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http().post(path + "/stop", "", TestHttp.bearer(driver(unique("bob"), org)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http().get("/api/v1/sessions/me", TestHttp.bearer(driver(alice, org)))
                        .body())
                .contains(sessionId);
        assertThat(http().get("/api/v1/sessions/me", TestHttp.bearer(driver(unique("bob"), org)))
                        .body())
                .isEqualTo("[]");
        assertThat(http().get("/api/v1/sessions/active?ocppId=" + cp, TestHttp.bearer(operator(org)))
                        .body())
                .contains(sessionId);
        assertThat(http().get(
                                "/api/v1/sessions/history/all?status=ACTIVE&ocppId=" + cp,
                                TestHttp.bearer(driver(unique("bob"), org)))
                        .body())
                .isEqualTo("[]");
        assertThat(http().get("/api/v1/sessions/stats/summary?ocppId=" + cp, TestHttp.bearer(operator(org)))
                        .body())
                .contains("\"activeSessions\":1", "\"totalSessions\":1");
        assertThat(http().get("/api/v1/sessions/not-a-uuid", TestHttp.bearer(operator(org)))
                        .statusCode())
                .isEqualTo(404);
    }

    private static <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call);
    }
}
