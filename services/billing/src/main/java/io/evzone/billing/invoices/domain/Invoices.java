package io.evzone.billing.invoices.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issued receipts and invoices. */
public interface Invoices {

    /** The next number of the issuer's year, taken (and locked) in the current transaction. */
    int nextSequence(String organizationId, int year);

    void add(Invoice invoice, int year, int sequence);

    Optional<Invoice> find(UUID id);

    /** Newest first; {@code organizationId} and {@code customerId} filter when not null. */
    List<Invoice> list(String organizationId, String customerId, int limit, int offset);

    /** Receipts of a customer from an issuer in a period not yet gathered into an invoice, locked. */
    List<Invoice> uninvoicedReceipts(String organizationId, String customerId, LocalDate from, LocalDate to);

    void markInvoiced(List<UUID> receipts, UUID invoice);
}
