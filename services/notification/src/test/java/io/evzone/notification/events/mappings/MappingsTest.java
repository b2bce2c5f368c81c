package io.evzone.notification.events.mappings;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.templates.rendering.MustacheTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each mapping names the right people, and its data fills its template in every language. */
class MappingsTest {

    private static final MustacheTemplates TEMPLATES = MustacheTemplates.fromClasspath();
    private static final Instant AT = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void everyNewMappingsDataRendersItsTemplateInEnglishAndFrench() {
        List<Intent> intents = List.of(
                new NewDeviceSignedInMapping()
                        .intents(new NewDeviceSignedIn("u", "d", null, "10.0.0.1", AT))
                        .getFirst(),
                new SessionPricedMapping().intents(priced(1)).getFirst(),
                new PaymentSucceededMapping()
                        .intents(new PaymentSucceeded("p", "u", null, 1, "USD", "stripe", "x", "TOP_UP", AT))
                        .getFirst(),
                new PaymentFailedMapping()
                        .intents(new PaymentFailed("p", "u", null, 1, "USD", "momo", "x", null, AT))
                        .getFirst(),
                new InvoiceIssuedMapping().intents(invoice("INVOICE", "USER")).getFirst(),
                new WalletBalanceLowMapping()
                        .intents(new WalletBalanceLow("w", "USER", "u", 1, 2, "UGX", AT))
                        .getFirst(),
                new BookingConfirmedMapping()
                        .intents(new BookingConfirmed(
                                "b", "u", "o", "s", "Mall", "c", "CP", 1, AT, AT, null, 10, 0, null, AT))
                        .getFirst(),
                new BookingReminderDueMapping()
                        .intents(new BookingReminderDue(
                                "b", "u", "o", "s", "Mall", "c", "CP", 1, AT, AT, "Europe/Paris", 30, AT))
                        .getFirst(),
                new BookingExpiredMapping()
                        .intents(new BookingExpired("b", "u", "o", "s", "Mall", "c", AT, AT, null, "NOT_APPROVED", AT))
                        .getFirst(),
                new BookingNoShowMapping()
                        .intents(new BookingNoShow("b", "u", "o", "s", "Mall", "c", "CP", 1, AT, null, 0, null, AT))
                        .getFirst(),
                new IncidentAssignedMapping()
                        .intents(new IncidentAssigned("i", "o", "s", null, "c", "CP", "t", "LOW", "tech", null, AT, AT))
                        .getFirst(),
                new SlaBreachedMapping()
                        .intents(new SlaBreached("i", "o", "s", "Mall", null, "t", "LOW", null, "RESOLUTION", AT, AT))
                        .getFirst(),
                new IncidentEscalatedMapping()
                        .intents(new IncidentEscalated("i", "o", "s", "Mall", null, "t", "LOW", 2, null, "MANUAL", AT))
                        .getFirst());

        for (Intent intent : intents) {
            Map<String, String> data = new HashMap<>(intent.data());
            data.put("name", "Awa");
            for (String language : List.of("en", "fr")) {
                assertThat(TEMPLATES.render(intent.template(), language, data).subject())
                        .as(intent.template() + "." + language)
                        .isNotBlank();
            }
        }
    }

    @Test
    void aNewDeviceIsASecurityMessageToThatUser() {
        Intent intent = new NewDeviceSignedInMapping()
                .intents(new NewDeviceSignedIn("u-1", "d", "Safari", "10.0.0.1", AT))
                .getFirst();

        assertThat(intent.category()).isEqualTo(Category.SECURITY);
        assertThat(intent.userIds()).containsExactly("u-1");
        assertThat(intent.data()).containsEntry("signedInAt", "2026-12-08 10:00 (Z)");
    }

    @Test
    void onlyTheFirstPriceOfASessionIsTold() {
        assertThat(new SessionPricedMapping().intents(priced(2))).isEmpty();
        assertThat(new SessionPricedMapping().intents(priced(1)).getFirst().data())
                .containsEntry("cost", "15.00 USD")
                .containsEntry("energyKwh", "7.50");
    }

    @Test
    void anOrganizationsInvoiceGoesToItsMembersAndAReceiptToTheDriver() {
        Intent invoice = new InvoiceIssuedMapping()
                .intents(invoice("INVOICE", "ORGANIZATION"))
                .getFirst();
        Intent receipt =
                new InvoiceIssuedMapping().intents(invoice("RECEIPT", "USER")).getFirst();

        assertThat(invoice.organizationId()).isEqualTo("customer");
        assertThat(invoice.template()).isEqualTo("billing.invoice-issued");
        assertThat(receipt.userIds()).containsExactly("customer");
        assertThat(receipt.template()).isEqualTo("billing.receipt");
    }

    @Test
    void moneyIsWrittenWithTheCurrencysOwnMinorUnits() {
        assertThat(Formats.money(1_500, "UGX")).isEqualTo("1500 UGX");
        assertThat(Formats.money(1_500, "USD")).isEqualTo("15.00 USD");
        assertThat(Formats.money(1_500, "KWD")).isEqualTo("1.500 KWD");
    }

    @Test
    void anEscalationToNobodyInParticularReachesTheOrganization() {
        Intent intent = new IncidentEscalatedMapping()
                .intents(new IncidentEscalated("i", "org", "s", "Mall", null, "t", "LOW", 1, List.of(), "MANUAL", AT))
                .getFirst();

        assertThat(intent.organizationId()).isEqualTo("org");
    }

    private static SessionPriced priced(int version) {
        return new SessionPriced("s", version, "u", "o", "st", "CP", "t", "USD", 1_500, 250, 1_250, 7_500, AT);
    }

    private static InvoiceIssued invoice(String kind, String customerType) {
        return new InvoiceIssued(
                "i",
                "N-1",
                kind,
                "o",
                customerType,
                "customer",
                1_000,
                160,
                "USD",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                AT);
    }
}
