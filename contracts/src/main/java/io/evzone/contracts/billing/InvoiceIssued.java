package io.evzone.contracts.billing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice or receipt was issued.
 *
 * @param number gap-free per organization and year, such as {@code ORG1-2026-000042}
 * @param kind {@code RECEIPT} (one paid session) or {@code INVOICE} (a period)
 * @param customerType {@code USER} or {@code ORGANIZATION}
 */
public record InvoiceIssued(
        String invoiceId,
        String number,
        String kind,
        String organizationId,
        String customerType,
        String customerId,
        long total,
        long vatAmount,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant issuedAt) {}
