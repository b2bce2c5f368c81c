package io.evzone.billing.invoices.application;

import io.evzone.billing.invoices.domain.Invoice;
import io.evzone.billing.invoices.domain.Invoices;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.InvoiceIssued;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.platform.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues receipts (one per priced session, from its station owner to its driver) and periodic invoices
 * that gather a customer's receipts of a period. The number is taken in the issuing transaction, so a
 * rolled-back issue leaves no gap. Each issue publishes InvoiceIssued.
 */
@Component
public class IssueInvoices {

    private final Invoices invoices;
    private final Outbox outbox;
    private final Clock clock;

    public IssueInvoices(Invoices invoices, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Invoice receipt(SessionPriced priced) {
        Money net = Money.of(priced.netAmount(), priced.currency());
        Money vat = Money.of(priced.vatAmount(), priced.currency());
        LocalDate day = LocalDate.ofInstant(priced.pricedAt(), ZoneOffset.UTC);
        String issuer = priced.organizationId() == null ? "platform" : priced.organizationId();
        String customer = priced.userId() == null ? "unidentified" : priced.userId();
        var line = new Invoice.Line(
                "Charging session at " + priced.ocppId() + " (price version " + priced.version() + ")",
                priced.sessionId(),
                net,
                vat);
        return issue(issuer, Invoice.Kind.RECEIPT, "USER", customer, day, day, List.of(line));
    }

    /** Gathers a customer's receipts from one issuer in [from, to] into an invoice; empty when there are none. */
    @Transactional
    public Optional<Invoice> periodic(String organizationId, String customerId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw BillingException.invalid("to", "is before from");
        }
        List<Invoice> receipts = invoices.uninvoicedReceipts(organizationId, customerId, from, to);
        if (receipts.isEmpty()) {
            return Optional.empty();
        }
        List<Invoice.Line> lines = receipts.stream()
                .flatMap(receipt -> receipt.lines().stream()
                        .map(line -> new Invoice.Line(
                                receipt.number() + ": " + line.description(),
                                line.reference(),
                                line.net(),
                                line.vat())))
                .toList();
        Invoice invoice = issue(
                organizationId, Invoice.Kind.INVOICE, receipts.getFirst().customerType(), customerId, from, to, lines);
        invoices.markInvoiced(receipts.stream().map(Invoice::id).toList(), invoice.id());
        return Optional.of(invoice);
    }

    private Invoice issue(
            String issuer,
            Invoice.Kind kind,
            String customerType,
            String customerId,
            LocalDate from,
            LocalDate to,
            List<Invoice.Line> lines) {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        int sequence = invoices.nextSequence(issuer, year);
        String currency = lines.getFirst().net().currency();
        Money net = lines.stream().map(Invoice.Line::net).reduce(Money.zero(currency), Money::plus);
        Money vat = lines.stream().map(Invoice.Line::vat).reduce(Money.zero(currency), Money::plus);
        Invoice invoice = new Invoice(
                TimeOrderedIds.next(),
                issuer,
                Invoice.number(issuer, year, sequence),
                kind,
                customerType,
                customerId,
                net,
                vat,
                net.plus(vat),
                from,
                to,
                now,
                lines);
        invoices.add(invoice, year, sequence);
        outbox.append(
                Topics.BILLING_EVENTS,
                issuer,
                new InvoiceIssued(
                        invoice.id().toString(),
                        invoice.number(),
                        kind.name(),
                        issuer,
                        customerType,
                        customerId,
                        invoice.total().minor(),
                        vat.minor(),
                        currency,
                        from,
                        to,
                        now));
        return invoice;
    }
}
