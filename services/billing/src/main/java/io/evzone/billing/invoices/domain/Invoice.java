package io.evzone.billing.invoices.domain;

import io.evzone.billing.wallet.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A receipt for one paid session or an invoice for a period, issued by an organization (the station
 * owner) to a driver or an organization. Totals are the sums of the lines, each with its VAT.
 *
 * @param number gap-free per issuer and year: {@code <issuer>-<year>-<000001>}
 */
public record Invoice(
        UUID id,
        String organizationId,
        String number,
        Kind kind,
        String customerType,
        String customerId,
        Money net,
        Money vat,
        Money total,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant issuedAt,
        List<Line> lines) {

    public enum Kind {
        RECEIPT,
        INVOICE
    }

    public record Line(String description, String reference, Money net, Money vat) {

        public Money total() {
            return net.plus(vat);
        }
    }

    public static String number(String organizationId, int year, int sequence) {
        return "%s-%d-%06d".formatted(organizationId, year, sequence);
    }
}
