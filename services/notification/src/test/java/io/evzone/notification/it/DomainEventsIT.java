package io.evzone.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.auth.NewDeviceSignedIn;
import io.evzone.contracts.billing.InvoiceIssued;
import io.evzone.contracts.billing.PaymentFailed;
import io.evzone.contracts.billing.PaymentSucceeded;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.contracts.billing.WalletBalanceLow;
import io.evzone.contracts.booking.BookingConfirmed;
import io.evzone.contracts.booking.BookingExpired;
import io.evzone.contracts.booking.BookingNoShow;
import io.evzone.contracts.booking.BookingReminderDue;
import io.evzone.contracts.maintenance.IncidentAssigned;
import io.evzone.contracts.maintenance.IncidentEscalated;
import io.evzone.contracts.maintenance.SlaBreached;
import io.evzone.contracts.session.SessionStarted;
import io.evzone.contracts.station.ChargerWentOffline;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestHttp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service's events, published to Kafka as their producers do (booking and maintenance by their contract, ahead
 * of those services), reach the people they concern on the channels of their category.
 */
class DomainEventsIT extends NotificationServiceIT {

    private static final Instant SLOT = Instant.parse("2026-12-09T13:00:00Z");

    private final EventPublisher publisher;
    private final People people;
    private final TestHttp http;

    @Autowired
    DomainEventsIT(EventPublisher publisher, @LocalServerPort int port, JsonMapper json, JdbcClient jdbc) {
        this.publisher = publisher;
        this.http = new TestHttp(port);
        this.people = new People(publisher, jdbc, http, json, MAIL);
    }

    @Test
    void bookingEventsReachTheDriverAndPushWithoutSubscriptionsIsSkippedNotADeadLetter() {
        String driver = people.registered("Amina");
        String booking = UUID.randomUUID().toString();
        publish(
                Topics.BOOKING_EVENTS,
                booking,
                new BookingConfirmed(
                        booking,
                        driver,
                        "org-b",
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        "CP-7",
                        2,
                        SLOT,
                        SLOT.plusSeconds(3600),
                        "Africa/Kampala",
                        15,
                        5_000,
                        "UGX",
                        Instant.now()));
        publish(
                Topics.BOOKING_EVENTS,
                booking,
                new BookingReminderDue(
                        booking,
                        driver,
                        "org-b",
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        "CP-7",
                        2,
                        SLOT,
                        SLOT.plusSeconds(3600),
                        "Africa/Kampala",
                        30,
                        SLOT.minusSeconds(1800)));
        publish(
                Topics.BOOKING_EVENTS,
                booking,
                new BookingNoShow(
                        booking,
                        driver,
                        "org-b",
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        "CP-7",
                        2,
                        SLOT,
                        "Africa/Kampala",
                        2_000,
                        "UGX",
                        SLOT.plusSeconds(900)));
        String lapsed = UUID.randomUUID().toString();
        publish(
                Topics.BOOKING_EVENTS,
                lapsed,
                new BookingExpired(
                        lapsed,
                        driver,
                        "org-b",
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        SLOT,
                        SLOT.plusSeconds(3600),
                        "Africa/Kampala",
                        "PAYMENT_TIMEOUT",
                        Instant.now()));

        List<JsonNode> feed = people.awaitFeed(driver, 4);
        assertThat(feed)
                .extracting(item -> item.path("type").asString())
                .containsExactlyInAnyOrder(
                        "booking.confirmed", "booking.reminder", "booking.no-show", "booking.expired");
        assertThat(titleOf(feed, "booking.reminder")).isEqualTo("Your booking at Kampala Mall starts in 30 minutes");
        assertThat(messageOf(feed, "booking.confirmed")).contains("2026-12-09 16:00 (Africa/Kampala)", "5000 UGX");
        assertThat(messageOf(feed, "booking.no-show")).contains("2000 UGX");
        List<JsonNode> pushes = await().atMost(Duration.ofSeconds(30))
                .until(() -> people.deliveries(driver, "SKIPPED"), list -> list.size() == 4);
        assertThat(pushes).allSatisfy(push -> {
            assertThat(push.path("channel").asString()).isEqualTo("PUSH");
            assertThat(push.path("failureReason").asString()).isEqualTo("recipient: no push subscriptions");
        });
        assertThat(people.deliveries(driver, "FAILED")).isEmpty();
    }

    @Test
    void maintenanceEventsReachTheTechnicianTheEscalationChainAndTheOrganization() {
        String organization = "org-m-" + UUID.randomUUID();
        String operator = people.memberOf(organization, "Oumar");
        String technician = people.registered("Tess");
        String manager = people.registered("Malik");
        String incident = UUID.randomUUID().toString();
        publish(
                Topics.MAINTENANCE_EVENTS,
                incident,
                new IncidentAssigned(
                        incident,
                        organization,
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        "CP-7",
                        "Connector 2 faulted",
                        "HIGH",
                        technician,
                        operator,
                        SLOT,
                        Instant.now()));
        publish(
                Topics.MAINTENANCE_EVENTS,
                incident,
                new SlaBreached(
                        incident,
                        organization,
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        "Connector 2 faulted",
                        "HIGH",
                        technician,
                        "RESPONSE",
                        SLOT,
                        SLOT.plusSeconds(60)));
        publish(
                Topics.MAINTENANCE_EVENTS,
                incident,
                new IncidentEscalated(
                        incident,
                        organization,
                        "st-1",
                        "Kampala Mall",
                        "cp-1",
                        "Connector 2 faulted",
                        "HIGH",
                        1,
                        List.of(manager),
                        "SLA_BREACHED",
                        SLOT.plusSeconds(120)));

        assertThat(people.awaitMail(technician, 2))
                .containsExactlyInAnyOrder(
                        "Incident assigned to you: Connector 2 faulted", "SLA missed: Connector 2 faulted");
        assertThat(people.awaitFeed(operator, 1).getFirst().path("type").asString())
                .isEqualTo("maintenance.sla-breached");
        assertThat(people.awaitMail(manager, 1).getFirst())
                .isEqualTo("Incident escalated to level 1: Connector 2 faulted");
        assertThat(people.feed(manager)).hasSize(1);
    }

    @Test
    void billingEventsReachThePayerAndAnOrganizationsWalletReachesItsMembers() {
        String driver = people.registered("Binta");
        String organization = "org-w-" + UUID.randomUUID();
        String treasurer = people.memberOf(organization, "Tariq");
        publish(
                Topics.BILLING_EVENTS,
                "s-1",
                new SessionPriced(
                        "s-1-" + driver,
                        1,
                        driver,
                        "org-1",
                        "st-1",
                        "CP-9",
                        "t-1",
                        "USD",
                        1_250,
                        200,
                        1_050,
                        7_500,
                        Instant.now()));
        publish(
                Topics.BILLING_EVENTS,
                driver,
                new PaymentSucceeded("pay-1", driver, null, 2_000, "USD", "stripe", "pi_1", "TOP_UP", Instant.now()));
        publish(
                Topics.BILLING_EVENTS,
                driver,
                new PaymentFailed(
                        "pay-2", driver, null, 2_000, "USD", "stripe", "pi_2", "card_declined", Instant.now()));
        publish(
                Topics.BILLING_EVENTS,
                driver,
                new InvoiceIssued(
                        "inv-1",
                        "ORG1-2026-000042",
                        "RECEIPT",
                        "org-1",
                        "USER",
                        driver,
                        1_250,
                        200,
                        "USD",
                        LocalDate.of(2026, 12, 8),
                        LocalDate.of(2026, 12, 8),
                        Instant.now()));
        publish(
                Topics.BILLING_EVENTS,
                organization,
                new WalletBalanceLow("w-1", "ORGANIZATION", organization, 900, 1_000, "UGX", Instant.now()));

        List<JsonNode> feed = people.awaitFeed(driver, 4);
        assertThat(feed)
                .extracting(item -> item.path("type").asString())
                .containsExactlyInAnyOrder(
                        "session.cost", "billing.payment-succeeded", "billing.payment-failed", "billing.receipt");
        assertThat(titleOf(feed, "session.cost")).isEqualTo("Your charging session: 7.50 kWh, 12.50 USD");
        assertThat(people.awaitMail(driver, 3))
                .contains("Payment of 20.00 USD failed", "Your receipt ORG1-2026-000042");
        assertThat(people.awaitFeed(treasurer, 1).getFirst().path("title").asString())
                .isEqualTo("Your wallet balance is low: 900 UGX");
    }

    @Test
    void sessionStartsReachTheDriverAndAnOfflineChargerItsOperators() {
        String driver = people.registered("Chidi");
        String organization = "org-s-" + UUID.randomUUID();
        String operator = people.memberOf(organization, "Olu");
        publish(
                Topics.SESSION_EVENTS,
                "CP-3",
                new SessionStarted(
                        "s-" + driver,
                        "cp-3",
                        "CP-3",
                        1,
                        1,
                        "9",
                        organization,
                        "st-1",
                        "TAG",
                        driver,
                        Instant.now(),
                        0L,
                        "1.6"));
        publish(
                Topics.STATION_EVENTS,
                "CP-3",
                new ChargerWentOffline("cp-3", "CP-3", organization, "st-1", "silent", Instant.now()));

        assertThat(people.awaitFeed(driver, 1).getFirst().path("type").asString())
                .isEqualTo("session.started");
        assertThat(people.awaitMail(operator, 1).getFirst()).isEqualTo("Charger CP-3 is offline");
        assertThat(people.awaitFeed(operator, 1).getFirst().path("type").asString())
                .isEqualTo("station.charger-offline");
    }

    @Test
    void aSignInFromANewDeviceIsSentByEmailAndInAppEvenToAUserWhoOptedOut() {
        String user = people.registered("Dede");
        var optOut = http.put(
                "/api/v1/notifications/preferences",
                "{\"channels\":{\"SECURITY\":[]}}",
                TestHttp.bearer(People.tokenOf(user)));
        assertThat(optOut.statusCode()).isEqualTo(200);
        publish(
                Topics.AUTH_EVENTS,
                user,
                new NewDeviceSignedIn(
                        user, "d-1", "Firefox on Linux", "203.0.113.9", Instant.parse("2026-12-08T09:30:00Z")));

        assertThat(people.awaitMail(user, 1).getFirst()).isEqualTo("New sign-in to your EVZone account");
        assertThat(people.awaitFeed(user, 1).getFirst().path("message").asString())
                .contains("Firefox on Linux", "203.0.113.9", "2026-12-08 09:30");
    }

    private void publish(String topic, String key, Object payload) {
        publisher.publish(topic, EventEnvelope.of("test", key, null, payload)).join();
    }

    private static String titleOf(List<JsonNode> feed, String type) {
        return itemOf(feed, type).path("title").asString();
    }

    private static String messageOf(List<JsonNode> feed, String type) {
        return itemOf(feed, type).path("message").asString();
    }

    private static JsonNode itemOf(List<JsonNode> feed, String type) {
        return feed.stream()
                .filter(item -> type.equals(item.path("type").asString()))
                .findFirst()
                .orElseThrow();
    }
}
