package io.evzone.billing.invoices.web;

import io.evzone.billing.invoices.application.IssueInvoices;
import io.evzone.billing.invoices.domain.Invoice;
import io.evzone.billing.invoices.domain.Invoices;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.web.Paging;
import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/billing/invoices")
@PreAuthorize("hasAnyAuthority('wallet.own','billing.read','billing.manage','platform.admin')")
@Tag(
        name = "Invoices",
        description = "Receipts (one per priced session) and periodic invoices, numbered without gaps per issuing"
                + " organization and year, with VAT lines; each as JSON or PDF. Drivers see their own; billing.read"
                + " sees those its organization issued; platform administrators all.")
class InvoiceController {

    private final Invoices invoices;
    private final IssueInvoices issue;

    InvoiceController(Invoices invoices, IssueInvoices issue) {
        this.invoices = invoices;
        this.issue = issue;
    }

    record Line(String description, String reference, BigDecimal net, BigDecimal vat, BigDecimal total) {}

    record InvoiceResponse(
            String id,
            String number,
            String kind,
            String organizationId,
            String customerType,
            String customerId,
            String currency,
            BigDecimal net,
            BigDecimal vat,
            BigDecimal total,
            LocalDate periodStart,
            LocalDate periodEnd,
            Instant issuedAt,
            List<Line> lines) {

        static InvoiceResponse of(Invoice i) {
            return new InvoiceResponse(
                    i.id().toString(),
                    i.number(),
                    i.kind().name(),
                    i.organizationId(),
                    i.customerType(),
                    i.customerId(),
                    i.total().currency(),
                    i.net().major(),
                    i.vat().major(),
                    i.total().major(),
                    i.periodStart(),
                    i.periodEnd(),
                    i.issuedAt(),
                    i.lines().stream()
                            .map(l -> new Line(
                                    l.description(),
                                    l.reference(),
                                    l.net().major(),
                                    l.vat().major(),
                                    l.total().major()))
                            .toList());
        }
    }

    record Generate(String organizationId, String customerId, LocalDate from, LocalDate to) {}

    @GetMapping
    @Operation(summary = "Receipts and invoices, newest first", description = "limit (default 50, max 200), offset")
    List<InvoiceResponse> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        AccessTokenClaims caller = Caller.current();
        String organization = caller.isPlatformAdmin() || !readsOrganization(caller) ? null : caller.organizationId();
        String customer = caller.isPlatformAdmin() || readsOrganization(caller) ? null : caller.userId();
        return invoices.list(organization, customer, Paging.limit(limit), Paging.offset(offset)).stream()
                .map(InvoiceResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One receipt or invoice")
    @ApiResponse(responseCode = "404", description = "No such invoice visible to the caller")
    InvoiceResponse get(@PathVariable UUID id) {
        return InvoiceResponse.of(visible(id));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "One receipt or invoice as a PDF")
    @ApiResponse(responseCode = "404", description = "No such invoice visible to the caller")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Invoice invoice = visible(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + invoice.number() + ".pdf\"")
                .body(InvoicePdf.render(invoice));
    }

    @PostMapping("/generate")
    @PreAuthorize("hasAnyAuthority('billing.manage','platform.admin')")
    @Operation(
            summary = "Issue a periodic invoice",
            description = "Gathers the customer's receipts from the organization in [from, to] not yet invoiced. 204"
                    + " when there are none.")
    ResponseEntity<InvoiceResponse> generate(@RequestBody Generate body) {
        AccessTokenClaims caller = Caller.current();
        String organization = body.organizationId() == null ? caller.organizationId() : body.organizationId();
        if (organization == null || body.customerId() == null || body.from() == null || body.to() == null) {
            throw BillingException.invalid("organizationId, customerId, from, to", "are required");
        }
        if (!caller.isPlatformAdmin() && !organization.equals(caller.organizationId())) {
            throw ApiException.forbidden("organizationId: not the caller's active organization");
        }
        return issue.periodic(organization, body.customerId(), body.from(), body.to())
                .map(invoice -> ResponseEntity.ok(InvoiceResponse.of(invoice)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private Invoice visible(UUID id) {
        AccessTokenClaims caller = Caller.current();
        return invoices.find(id)
                .filter(i -> caller.isPlatformAdmin()
                        || i.customerId().equals(caller.userId())
                        || (readsOrganization(caller) && i.organizationId().equals(caller.organizationId())))
                .orElseThrow(() -> BillingException.notFound("Invoice", id));
    }

    private static boolean readsOrganization(AccessTokenClaims caller) {
        return caller.organizationId() != null
                && (caller.can(Permissions.BILLING_READ) || caller.can(Permissions.BILLING_MANAGE));
    }
}
