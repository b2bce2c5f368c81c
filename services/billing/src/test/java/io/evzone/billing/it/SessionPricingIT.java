package io.evzone.billing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.session.SessionStopped;
import io.evzone.contracts.session.SessionUpdated;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Billing prices sessions from session.events.v1 over real Kafka and publishes on billing.events.v1. */
class SessionPricingIT extends BillingServiceIT {

    static final Instant START = Instant.parse("2026-06-01T14:00:00Z"); // 17:00 in Kampala
    static final Instant STOP = Instant.parse("2026-06-01T16:00:00Z");

    final BillingEventsTap tap = BillingEventsTap.get();
    final String cp = unique("CP");
    final String driver = unique("driver");

    @BeforeEach
    void activeTariff() {
        activate(createTariff(peakTariff("ORGANIZATION", org)
                .replace("\"currency\":\"UGX\"", "\"currency\":\"UGX\",\"effectiveFrom\":\"2026-01-01T00:00:00Z\"")));
    }

    @Test
    void pricesAFinishedSessionAcrossBandsAtItsReadingsAndPublishesIt() {
        String session = UUID.randomUUID().toString();
        sendSession(started(session));
        sendSession(new SessionUpdated(session, null, cp, org, driver, 4_000, 7_000L, START.plusSeconds(3600)));
        sendSession(stopped(session, STOP, 12_000, false));

        SessionPriced priced = awaitPriced(session, 1);

        assertThat(priced.totalInclVat()).isEqualTo(18_880);
        assertThat(priced.vatAmount()).isEqualTo(2_880);
        assertThat(priced.netAmount()).isEqualTo(16_000);
        assertThat(priced.currency()).isEqualTo("UGX");
        assertThat(priced.organizationId()).isEqualTo(org);
        assertThat(priced.userId()).isEqualTo(driver);
        String cost = http().get("/api/v1/billing/sessions/" + session + "/cost", reader(org))
                .body();
        assertThat(cost).contains("\"status\":\"PRICED\"", "\"totalInclVat\":\"18880\"", "\"version\":1");
    }

    @Test
    void eventsArrivingTwiceOrStopBeforeStartPriceTheSessionOnce() {
        String session = UUID.randomUUID().toString();
        EventEnvelope<SessionStopped> stop =
                EventEnvelope.of("session", cp, null, stopped(session, STOP, 12_000, false));
        publishAsIs(stop);
        publishAsIs(stop);
        sendSession(stopped(session, STOP, 12_000, false));
        sendSession(started(session));

        awaitPriced(session, 1);
        String marker = UUID.randomUUID().toString();
        sendSession(started(marker));
        sendSession(stopped(marker, STOP, 1_000, false));
        awaitPriced(marker, 1);

        assertThat(prices(session))
                .as("every copy was applied before the marker session")
                .isEqualTo(1);
    }

    @Test
    void aCorrectedStopIsANewPriceVersionAndTheFirstIsKept() {
        String session = UUID.randomUUID().toString();
        sendSession(started(session));
        sendSession(new SessionUpdated(session, null, cp, org, driver, 4_000, null, START.plusSeconds(3600)));
        sendSession(stopped(session, STOP, 12_000, false));
        awaitPriced(session, 1);

        sendSession(stopped(session, STOP.plusSeconds(1800), 13_000, true));

        SessionPriced corrected = awaitPriced(session, 2);
        assertThat(corrected.totalInclVat()).isEqualTo(20_650);
        assertThat(http().get("/api/v1/billing/sessions/" + session + "/prices", reader(org))
                        .body())
                .contains("\"totalInclVat\":\"18880\"", "\"totalInclVat\":\"20650\"");
    }

    @Test
    void aRunningSessionShowsAndPublishesItsCostSoFarToItsDriver() {
        String session = UUID.randomUUID().toString();
        sendSession(started(session));
        sendSession(new SessionUpdated(session, null, cp, org, driver, 2_000, 7_000L, START.plusSeconds(1800)));

        await().atMost(WAIT).until(() -> !tap.of("SessionCostUpdated", session).isEmpty());
        String own = TestTokens.token(driver, null, "driver", Set.of("sessions.own"));
        String cost = http().get("/api/v1/billing/sessions/" + session + "/cost", TestHttp.bearer(own))
                .body();

        assertThat(tap.of("SessionCostUpdated", session).getFirst()).contains("\"totalInclVat\":2360");
        assertThat(cost).contains("\"status\":\"ACTIVE\"", "\"totalInclVat\":\"2360\"");
        assertThat(http().get("/api/v1/billing/sessions/" + session + "/cost", reader("another-org"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aChargerThatShowsCostsGetsTheRunningCostThroughTheCommandPathAtMostOncePerInterval() {
        String session = UUID.randomUUID().toString();
        sendSession(started(session));
        sendSession(new SessionUpdated(session, null, cp, org, driver, 2_000, 7_000L, START.plusSeconds(1800)));
        await().atMost(WAIT).until(() -> !tap.of("CommandRequested", cp).isEmpty());

        sendSession(new SessionUpdated(session, null, cp, org, driver, 3_000, 7_000L, START.plusSeconds(2400)));
        await().atMost(WAIT).until(() -> tap.of("SessionCostUpdated", session).size() == 2);

        assertThat(tap.of("CommandRequested", cp))
                .singleElement()
                .asString()
                .contains("\"totalCost\":2360", "\"currency\":\"UGX\"", "\"transactionId\":\"1\"");
        assertThat(commandsAbout(session))
                .as("the second cost came within evzone.billing.cost-update-interval")
                .isEqualTo(1);
        sendSession(stopped(session, STOP, 12_000, false));
        awaitPriced(session, 1);
        assertThat(jdbc.sql("SELECT count(*) FROM cost_display WHERE session_id = :id")
                        .param("id", session)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aChargerOnOcpp16IsSentNoRunningCostButTheApiShowsIt() {
        String session = UUID.randomUUID().toString();
        sendSession(new SessionStarted(session, null, cp, 1, 1, "1", org, null, "TAG", driver, START, 0L, "1.6"));
        sendSession(new SessionUpdated(session, null, cp, org, driver, 2_000, 7_000L, START.plusSeconds(1800)));

        await().atMost(WAIT).until(() -> !tap.of("SessionCostUpdated", session).isEmpty());

        assertThat(http().get("/api/v1/billing/sessions/" + session + "/cost", reader(org))
                        .body())
                .contains("\"status\":\"ACTIVE\"", "\"totalInclVat\":\"2360\"");
        assertThat(commandsAbout(session)).isZero();
    }

    private int commandsAbout(String session) {
        return jdbc.sql("SELECT count(*) FROM charger_command WHERE subject = :id AND operation = 'cost-updated'")
                .param("id", session)
                .query(Integer.class)
                .single();
    }

    private SessionPriced awaitPriced(String session, int version) {
        await().atMost(WAIT).until(() -> pricedVersions(session).stream().anyMatch(p -> p.version() == version));
        return pricedVersions(session).stream()
                .filter(p -> p.version() == version)
                .findFirst()
                .orElseThrow();
    }

    private List<SessionPriced> pricedVersions(String session) {
        return tap.of("SessionPriced", session).stream()
                .map(v -> eventJson.read(v, SessionPriced.class).payload())
                .toList();
    }

    private int prices(String session) {
        return jdbc.sql("SELECT count(*) FROM session_price WHERE session_id = :id")
                .param("id", session)
                .query(Integer.class)
                .single();
    }

    private void publishAsIs(EventEnvelope<?> envelope) {
        try {
            publisher.publish(Topics.SESSION_EVENTS, envelope).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendSession(Object event) {
        send(Topics.SESSION_EVENTS, cp, event);
    }

    private SessionStarted started(String session) {
        return new SessionStarted(session, null, cp, 1, 1, "1", org, null, "TAG", driver, START, 0L, "2.0.1");
    }

    private SessionStopped stopped(String session, Instant at, long energyWh, boolean correction) {
        return new SessionStopped(
                session,
                null,
                cp,
                1,
                1,
                "1",
                org,
                null,
                "TAG",
                driver,
                "COMPLETED",
                START,
                at,
                0L,
                energyWh,
                energyWh,
                "Local",
                correction);
    }
}
