package io.evzone.billing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import io.evzone.contracts.station.StationCreated;
import io.evzone.contracts.station.StationUpdated;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The station's time zone, learned from station.events.v1, decides the tariff's local times: on the
 * night Paris falls back (2026-10-25, 03:00 CEST becomes 02:00 CET) the hour from 02:00 comes twice.
 */
class StationTimeZonePricingIT extends BillingServiceIT {

    static final Instant START = Instant.parse("2026-10-24T23:30:00Z"); // 01:30 CEST
    static final Instant STOP = Instant.parse("2026-10-25T02:30:00Z"); // 03:30 CET

    final BillingEventsTap tap = BillingEventsTap.get();
    final String station = unique("st");
    final String cp = unique("CP");

    @Test
    void bothOccurrencesOfTheRepeatedHourArePricedAtTheBandInTheStationsZone() {
        activate(createTariff(nightBandTariff()));
        send(Topics.STATION_EVENTS, station, created("Europe/Paris"));
        awaitZone("Europe/Paris");

        SessionPriced paris = priceSteadySession();

        // 02:00-03:00 local twice = 00:00-02:00 UTC: 4 of the 6 kWh at 1,500, 2 at 1,000
        assertThat(paris.netAmount()).isEqualTo(8_000);
        assertThat(paris.totalInclVat()).isEqualTo(9_440);

        send(Topics.STATION_EVENTS, station, updated("Africa/Kampala"));
        awaitZone("Africa/Kampala");
        SessionPriced kampala = priceSteadySession();

        // 02:00-03:00 in Kampala (UTC+3, no daylight saving) = 23:00-00:00 UTC: 1 kWh at 1,500, 5 at 1,000
        assertThat(kampala.netAmount()).isEqualTo(6_500);
    }

    private SessionPriced priceSteadySession() {
        String session = UUID.randomUUID().toString();
        send(
                Topics.SESSION_EVENTS,
                cp,
                new SessionStarted(session, null, cp, 1, 1, "1", org, station, "TAG", "driver", START, 0L, "2.0.1"));
        for (int half = 1; half < 6; half++) {
            send(
                    Topics.SESSION_EVENTS,
                    cp,
                    new SessionUpdated(
                            session, null, cp, org, "driver", half * 1_000L, null, START.plusSeconds(half * 1800L)));
        }
        send(
                Topics.SESSION_EVENTS,
                cp,
                new SessionStopped(
                        session,
                        null,
                        cp,
                        1,
                        1,
                        "1",
                        org,
                        station,
                        "TAG",
                        "driver",
                        "COMPLETED",
                        START,
                        STOP,
                        0L,
                        6_000L,
                        6_000L,
                        "Local",
                        false));
        await().atMost(WAIT).until(() -> !tap.of("SessionPriced", session).isEmpty());
        return eventJson
                .read(tap.of("SessionPriced", session).getFirst(), SessionPriced.class)
                .payload();
    }

    private void awaitZone(String zone) {
        await().atMost(WAIT)
                .until(() -> Objects.equals(
                        zone,
                        jdbc.sql("SELECT time_zone FROM billing_station WHERE station_id = :id")
                                .param("id", station)
                                .query(String.class)
                                .optional()
                                .orElse(null)));
    }

    private StationCreated created(String zone) {
        return new StationCreated(
                station, org, null, "PAR-1", "Paris Bercy", "ACTIVE", "CHARGING", 48.84, 2.38, Instant.now(), zone);
    }

    private StationUpdated updated(String zone) {
        return new StationUpdated(
                station, org, null, "PAR-1", "Paris Bercy", "ACTIVE", "CHARGING", 48.84, 2.38, Instant.now(), zone);
    }

    private String nightBandTariff() {
        return peakTariff("STATION", station)
                .replace("\"18:00\"", "\"02:00\"")
                .replace("\"22:00\"", "\"03:00\"")
                .replace("\"currency\":\"UGX\"", "\"currency\":\"UGX\",\"effectiveFrom\":\"2026-01-01T00:00:00Z\"");
    }
}
