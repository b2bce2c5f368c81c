package io.evzone.notification.events.mappings;

import io.evzone.contracts.billing.InvoiceIssued;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A receipt goes to the driver who paid; an invoice to its customer, a user or an organization's members. */
@Component
class InvoiceIssuedMapping extends Mapping<InvoiceIssued> {

    InvoiceIssuedMapping() {
        super(InvoiceIssued.class);
    }

    @Override
    public List<Intent> intents(InvoiceIssued event) {
        String template = "RECEIPT".equals(event.kind()) ? "billing.receipt" : "billing.invoice-issued";
        Map<String, String> data = Map.of(
                "invoiceId", event.invoiceId(),
                "number", event.number(),
                "total", Formats.money(event.total(), event.currency()),
                "vat", Formats.money(event.vatAmount(), event.currency()),
                "periodStart", String.valueOf(event.periodStart()),
                "periodEnd", String.valueOf(event.periodEnd()));
        return switch (String.valueOf(event.customerType())) {
            case "USER" -> List.of(Intent.toUser(event.customerId(), template, Category.BILLING, data));
            case "ORGANIZATION" -> List.of(Intent.toMembersOf(event.customerId(), template, Category.BILLING, data));
            default -> List.of();
        };
    }
}
