package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.ENDED;
import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.session.charging.domain.Transactions.energy;
import static io.evzone.session.charging.domain.Transactions.power;
import static io.evzone.session.charging.domain.Transactions.v16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.platform.test.TestHttp;
import io.evzone.session.charging.domain.ChargingSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ocpp16SessionIT extends SessionServiceIT {

    private final String org = unique("org");
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);

    @Test
    void aFullSessionWithMeterValuesGivesTheRightEnergyAndEvents() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "driver-16", "ACTIVE", null);
        var start = v16(cp, STARTED, null, tag, 10_000L, t0);
        String id = askTransaction(start).answer().transactionId();

        report(v16(cp, STARTED, id, tag, 10_000L, t0));
        report(new MeterValuesReported(
                cp,
                1,
                1,
                id,
                List.of(energy("11.5", "kWh", t0.plusSeconds(600)), power("7.2", "kW", t0.plusSeconds(600)))));
        await().atMost(WAIT).until(() -> ((Number) session(cp, id).get("energy_wh")).longValue() == 1_500);
        assertThat(session(cp, id).get("power_w")).isEqualTo(7_200L);

        report(v16(cp, ENDED, id, tag, 13_250L, t0.plusSeconds(1200)));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(session(cp, id).get("status")));

        assertThat(session(cp, id).get("energy_wh")).isEqualTo(3_250L);
        assertThat(session(cp, id).get("user_id")).isEqualTo("driver-16");
        assertThat(session(cp, id).get("organization_id")).isEqualTo(org);
        assertThat(sessionsOn(cp)).isEqualTo(1);
        await().atMost(WAIT).until(() -> sessionEvents(cp, "SessionStopped").size() == 1);
        assertThat(sessionEvents(cp, "SessionStarted")).hasSize(1);
        assertThat(sessionEvents(cp, "SessionStopped").getFirst()).contains("\"energyWh\":3250");
        assertThat(sessionEvents(cp, "SessionUpdated")).isNotEmpty();

        var detail = http().get("/api/v1/sessions/" + session(cp, id).get("id"), TestHttp.bearer(operator(org)));
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("\"energyWh\":3250", "\"samples\":2", "Power.Active.Import");
    }

    @Test
    void aStartTransactionResentAfterItsAnswerWasLostGetsTheSameTransactionIdAndNoSecondSession() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "driver-resend", "ACTIVE", null);
        var start = v16(cp, STARTED, null, tag, 500L, t0);

        String first = askTransaction(start).answer().transactionId();
        String again = askTransaction(start).answer().transactionId();
        report(v16(cp, STARTED, first, tag, 500L, t0));
        report(v16(cp, STARTED, first, tag, 500L, t0));

        assertThat(again).isEqualTo(first);
        await().atMost(WAIT).until(() -> sessionEvents(cp, "SessionStarted").size() == 1);
        assertThat(sessionsOn(cp)).isEqualTo(1);
    }

    @Test
    void aSessionStartedUnderTheGatewaysFallbackIdIsAdopted() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "driver-fallback", "ACTIVE", null);
        askTransaction(v16(cp, STARTED, null, tag, 100L, t0));
        String fallback = "2000000001";

        report(v16(cp, STARTED, fallback, tag, 100L, t0));
        report(v16(cp, ENDED, fallback, tag, 900L, t0.plusSeconds(60)));

        await().atMost(WAIT)
                .until(() -> sessionsOn(cp) == 1
                        && "COMPLETED".equals(session(cp, fallback).get("status")));
        assertThat(session(cp, fallback).get("energy_wh")).isEqualTo(800L);
    }

    @Test
    void aStopForAnUnknownTransactionIdIsRecordedAsAFailedSessionWithItsEnergy() {
        String cp = charger(org, OcppVersion.V16);
        var begin = new MeterSample(t0, new BigDecimal("4000"), null, null, "Wh", "Transaction.Begin", null);

        report(v16(cp, ENDED, "987654", "SOMEONE", 6_500L, t0.plusSeconds(900), begin));

        await().atMost(WAIT).until(() -> sessionsOn(cp) == 1);
        var s = session(cp, "987654");
        assertThat(s.get("status")).isEqualTo("FAILED");
        assertThat(s.get("energy_wh")).isEqualTo(2_500L);
        await().atMost(WAIT).until(() -> sessionEvents(cp, "SessionStopped").size() == 1);
        assertThat(sessionEvents(cp, "SessionStopped").getFirst()).contains("\"status\":\"FAILED\"");
    }

    @Test
    void aLateResentStopForAClosedSessionChangesNothing() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "driver-late", "ACTIVE", null);
        String id = askTransaction(v16(cp, STARTED, null, tag, 0L, t0)).answer().transactionId();
        report(v16(cp, ENDED, id, tag, 1_000L, t0.plusSeconds(60)));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(session(cp, id).get("status")));

        report(v16(cp, ENDED, id, tag, 1_000L, t0.plusSeconds(60)));
        report(v16(cp, STARTED, id, tag, 0L, t0));
        String marker = unique("after");
        report(v16(cp, ENDED, marker, null, 1L, t0.plusSeconds(61)));

        await().atMost(WAIT).until(() -> sessionsOn(cp) == 2);
        assertThat(session(cp, id).get("energy_wh")).isEqualTo(1_000L);
        await().atMost(WAIT).until(() -> sessionEvents(cp, "SessionStopped").size() == 2);
        assertThat(sessionEvents(cp, "SessionStopped"))
                .filteredOn(v -> v.contains("\"transactionId\":\"" + id + "\""))
                .hasSize(1);
    }

    @Test
    void aRebootClosesTheActiveSessionAndTheChargersQueuedStopCorrectsIt() {
        String cp = charger(org, OcppVersion.V16);
        String tag = idToken(org, "driver-reboot", "ACTIVE", null);
        String id =
                askTransaction(v16(cp, STARTED, null, tag, 1_000L, t0)).answer().transactionId();
        report(new MeterValuesReported(cp, 1, 0, null, List.of(energy("2500", "Wh", t0.plusSeconds(300)))));

        report(new ChargerBooted(
                cp,
                OcppVersion.V16,
                "V",
                "M",
                "S",
                "1.0",
                null,
                null,
                null,
                RegistrationStatus.ACCEPTED,
                Instant.now())); // the gateway stamps a boot with the CSMS's clock, after the session was opened

        await().atMost(WAIT).until(() -> "COMPLETED".equals(session(cp, id).get("status")));
        assertThat(session(cp, id).get("stop_reason")).isEqualTo(ChargingSession.REBOOT_REASON);
        assertThat(session(cp, id).get("energy_wh")).isEqualTo(1_500L);

        report(v16(cp, ENDED, id, tag, 2_600L, t0.plusSeconds(350)));

        await().atMost(WAIT).until(() -> ((Number) session(cp, id).get("energy_wh")).longValue() == 1_600);
        await().atMost(WAIT).until(() -> sessionEvents(cp, "SessionStopped").size() == 2);
        assertThat(sessionEvents(cp, "SessionStopped").getLast()).contains("\"correction\":true");
    }
}
