package io.evzone.session.it;

import static io.evzone.contracts.charger.TransactionEventKind.ENDED;
import static io.evzone.contracts.charger.TransactionEventKind.STARTED;
import static io.evzone.session.charging.domain.Transactions.energy;
import static io.evzone.session.charging.domain.Transactions.power;
import static io.evzone.session.charging.domain.Transactions.v201;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import io.evzone.session.metering.application.HourlyRollups;
import io.evzone.session.metering.application.RollUpMeterValues;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class MeterValueRollupIT extends SessionServiceIT {

    private static final String ENERGY = "Energy.Active.Import.Register";

    @Autowired
    RollUpMeterValues rollUp;

    @Autowired
    HourlyRollups rollups;

    private final String org = unique("org");
    private final Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);

    @Test
    void anHourIsRolledUpPerMeasurandWithCountRangeMeanAndFirstAndLastValues() {
        String cp = charger(org, OcppVersion.V16);
        reportSamples(cp, energyAt(10, "1000"), energyAt(20, "1500"), energyAt(50, "2500"), energyAt(70, "3000"));
        reportSamples(cp, powerAt(20, "7000"), powerAt(50, "9000"));
        await().atMost(WAIT).until(() -> rawCount(cp) == 6);

        rollUpFrom(hour, hour.plus(2, ChronoUnit.HOURS));

        List<JsonNode> energy = hourly(cp, "&measurand=" + ENERGY);
        assertThat(energy).hasSize(2);
        JsonNode first = energy.getFirst();
        assertThat(Instant.parse(first.path("hour").asString())).isEqualTo(hour);
        assertThat(first.path("samples").asInt()).isEqualTo(3);
        assertThat(first.path("min").asDouble()).isEqualTo(1000.0);
        assertThat(first.path("max").asDouble()).isEqualTo(2500.0);
        assertThat(first.path("avg").asDouble()).isCloseTo(5000.0 / 3, within(0.001));
        assertThat(first.path("first").asDouble()).isEqualTo(1000.0);
        assertThat(first.path("last").asDouble()).isEqualTo(2500.0);
        assertThat(Instant.parse(first.path("firstAt").asString())).isEqualTo(minute(10));
        assertThat(Instant.parse(first.path("lastAt").asString())).isEqualTo(minute(50));
        assertThat(first.path("unit").asString()).isEqualTo("Wh");
        assertThat(energy.get(1).path("samples").asInt()).as("the next hour").isEqualTo(1);
        assertThat(energy.get(1).path("last").asDouble()).isEqualTo(3000.0);
        List<JsonNode> all = hourly(cp, "");
        assertThat(all).hasSize(3);
        assertThat(all.stream().filter(v -> v.path("measurand").asString().equals("Power.Active.Import")))
                .singleElement()
                .satisfies(p -> assertThat(p.path("avg").asDouble()).isEqualTo(8000.0));
    }

    @Test
    void rollingUpTheSameHoursAgainCountsNoSampleTwice() {
        String cp = charger(org, OcppVersion.V16);
        reportSamples(cp, energyAt(5, "100"), energyAt(35, "400"));
        await().atMost(WAIT).until(() -> rawCount(cp) == 2);
        rollUpFrom(hour, hour.plus(1, ChronoUnit.HOURS));
        List<JsonNode> once = hourly(cp, "");

        rollUpFrom(hour.minus(1, ChronoUnit.HOURS), hour.plus(1, ChronoUnit.HOURS));
        rollUp.run();

        assertThat(once)
                .singleElement()
                .satisfies(v -> assertThat(v.path("samples").asInt()).isEqualTo(2));
        assertThat(hourly(cp, "")).isEqualTo(once);
    }

    @Test
    void samplesArrivingAfterTheirHourWasRolledUpAreCountedByRollingThatHourUpAgain() {
        String cp = charger(org, OcppVersion.V16);
        reportSamples(cp, energyAt(10, "1000"), energyAt(50, "2500"));
        await().atMost(WAIT).until(() -> rawCount(cp) == 2);
        rollUpFrom(hour, hour.plus(1, ChronoUnit.HOURS));
        assertThat(hourly(cp, ""))
                .singleElement()
                .satisfies(v -> assertThat(v.path("samples").asInt()).isEqualTo(2));

        // The charger was offline: its queued values come now, with one it had already sent.
        reportSamples(cp, energyAt(30, "2000"), energyAt(40, "2200"), energyAt(10, "1000"));
        await().atMost(WAIT).until(() -> rawCount(cp) == 4);
        assertThat(lateMarks(cp)).as("the hour is marked for another rollup").isEqualTo(1);
        rollUp.run();

        JsonNode again = hourly(cp, "").getFirst();
        assertThat(again.path("samples").asInt()).isEqualTo(4);
        assertThat(again.path("avg").asDouble()).isEqualTo(7700.0 / 4);
        assertThat(again.path("last").asDouble())
                .as("still the latest sample of the hour")
                .isEqualTo(2500.0);
        assertThat(lateMarks(cp)).isZero();
    }

    @Test
    void aSessionKeepsItsMeterValueSummaryFromTheRollupOnceItsRawValuesAreGone() {
        String cp = charger(org, OcppVersion.V201);
        String tag = idToken(org, "driver-rollup", "ACTIVE", null);
        String tx = unique("tx");
        report(v201(cp, STARTED, tx, 0, tag, 1_000L, minute(5), energy("1000", "Wh", minute(5))));
        report(v201(
                cp,
                ENDED,
                tx,
                1,
                null,
                6_000L,
                minute(50),
                energy("6000", "Wh", minute(50)),
                power("7", "kW", minute(50))));
        await().atMost(WAIT)
                .until(() ->
                        rawCount(cp) == 3 && "COMPLETED".equals(session(cp, tx).get("status")));
        rollUpFrom(hour, hour.plus(1, ChronoUnit.HOURS));
        Object id = session(cp, tx).get("id");

        jdbc.sql("DELETE FROM meter_value WHERE charge_point_id = :cp")
                .param("cp", cp)
                .update();
        var detail = http().get("/api/v1/sessions/" + id, TestHttp.bearer(operator(org)));

        assertThat(detail.statusCode()).isEqualTo(200);
        JsonNode summary = eventJson.mapper().readTree(detail.body()).path("meterValues");
        assertThat(summary.path("samples").asInt()).isEqualTo(3);
        assertThat(summary.path("measurands").findValuesAsString("measurand"))
                .containsExactly(ENERGY, "Power.Active.Import");
        assertThat(summary.path("measurands").get(0).path("latest").asDouble()).isEqualTo(6000.0);
    }

    @Test
    void onlyTheChargersOperatorsReadItsHourlyValues() {
        String cp = charger(org, OcppVersion.V16);
        String path = "/api/v1/meter-values/hourly?ocppId=" + cp;

        assertThat(http().get(path, TestHttp.bearer(operator(org))).statusCode())
                .isEqualTo(200);
        assertThat(http().get(path, TestHttp.bearer(TestTokens.platformAdmin())).statusCode())
                .isEqualTo(200);
        assertThat(http().get(path, TestHttp.bearer(operator(unique("other-org"))))
                        .statusCode())
                .isEqualTo(404);
        assertThat(http().get(path, TestHttp.bearer(driver("driver-1", org))).statusCode())
                .isEqualTo(403);
        assertThat(http().get("/api/v1/meter-values/hourly", TestHttp.bearer(operator(org)))
                        .statusCode())
                .isEqualTo(400);
        assertThat(http().get(
                                path + "&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z",
                                TestHttp.bearer(operator(org)))
                        .statusCode())
                .isEqualTo(400);
    }

    private void reportSamples(String cp, MeterSample... samples) {
        report(new MeterValuesReported(cp, 1, 1, null, List.of(samples)));
    }

    private Instant minute(int m) {
        return hour.plus(m, ChronoUnit.MINUTES);
    }

    private MeterSample energyAt(int m, String wh) {
        return energy(wh, "Wh", minute(m));
    }

    private MeterSample powerAt(int m, String w) {
        return power(w, "W", minute(m));
    }

    /** Rolls up every hour from {@code start} again, as if it had never been, until past {@code end}. */
    private void rollUpFrom(Instant start, Instant end) {
        jdbc.sql("UPDATE meter_rollup_progress SET rolled_up_to = :start WHERE name = 'hourly'")
                .param("start", Timestamp.from(start))
                .update();
        rollUpThrough(end);
    }

    /** Runs the rollup until it has passed {@code end} (a scheduled run on another thread may hold it). */
    private void rollUpThrough(Instant end) {
        await().atMost(WAIT).until(() -> {
            rollUp.run();
            return rollups.rolledUpTo().filter(to -> !to.isBefore(end)).isPresent();
        });
    }

    private List<JsonNode> hourly(String cp, String filter) {
        var response = http().get(
                        "/api/v1/meter-values/hourly?ocppId=" + cp + "&from=" + hour.minus(1, ChronoUnit.HOURS) + "&to="
                                + hour.plus(3, ChronoUnit.HOURS) + filter,
                        TestHttp.bearer(operator(org)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return eventJson.mapper().readTree(response.body()).valueStream().toList();
    }

    private int rawCount(String cp) {
        return jdbc.sql("SELECT count(*) FROM meter_value WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(Integer.class)
                .single();
    }

    private int lateMarks(String cp) {
        return jdbc.sql("SELECT count(*) FROM meter_rollup_late WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(Integer.class)
                .single();
    }
}
