package io.evzone.session.it;

import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.MeterValuesReported;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures meter value ingestion end to end (Kafka → batch listener → bulk insert into the
 * partitioned table) and reports values stored per second. A measurement, not a timed assertion.
 */
class MeterIngestionThroughputIT extends SessionServiceIT {

    private static final Logger log = LoggerFactory.getLogger(MeterIngestionThroughputIT.class);
    private static final int CHARGERS = 20;
    private static final int MESSAGES_PER_CHARGER = 150;
    private static final String[] MEASURANDS = {
        "Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage", "SoC"
    };

    @Test
    void measuresMeterValuesStoredPerSecond() {
        List<String> chargers = new ArrayList<>();
        for (int i = 0; i < CHARGERS; i++) {
            chargers.add(unique("LOAD"));
        }
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        List<MeterValuesReported> messages = new ArrayList<>();
        for (int m = 0; m < MESSAGES_PER_CHARGER; m++) {
            for (String cp : chargers) {
                messages.add(new MeterValuesReported(cp, 1, 1, null, samples(t0.plusSeconds(m * 10L))));
            }
        }
        long expected = (long) messages.size() * MEASURANDS.length * 3;

        long started = System.nanoTime();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (MeterValuesReported message : messages) {
            sends.add(publisher.publish(Topics.CHARGER_EVENTS, message.ocppId(), message));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> stored(chargers) >= expected);
        double seconds = (System.nanoTime() - started) / 1e9;

        String figure = "Meter ingestion: %d values (%d messages) stored in %.2f s = %.0f values/s"
                .formatted(expected, messages.size(), seconds, expected / seconds);
        log.info(figure);
        System.out.println(figure);
    }

    private long stored(List<String> chargers) {
        return jdbc.sql("SELECT count(*) FROM meter_value WHERE charge_point_id IN (:cps)")
                .param("cps", chargers)
                .query(Long.class)
                .single();
    }

    /** Five measurands on three phases: 15 values, the size of a typical three-phase MeterValues. */
    private static List<MeterSample> samples(Instant at) {
        List<MeterSample> samples = new ArrayList<>();
        for (String measurand : MEASURANDS) {
            for (String phase : new String[] {"L1", "L2", "L3"}) {
                samples.add(new MeterSample(
                        at,
                        BigDecimal.valueOf(1000 + at.getEpochSecond() % 1000),
                        measurand,
                        phase,
                        "Wh",
                        "Sample.Periodic",
                        "Outlet"));
            }
        }
        return samples;
    }
}
