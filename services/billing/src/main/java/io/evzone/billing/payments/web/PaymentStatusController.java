package io.evzone.billing.payments.web;

import io.evzone.billing.payments.application.Reconciliation;
import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.PaymentQuery;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.web.Paging;
import io.evzone.billing.wallet.web.WalletAccess;
import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Payments")
class PaymentStatusController {

    private static final String NOT_FOUND = "No such payment of the caller or its organization";

    private final PaymentIntents intents;
    private final Reconciliation reconciliation;

    PaymentStatusController(PaymentIntents intents, Reconciliation reconciliation) {
        this.intents = intents;
        this.reconciliation = reconciliation;
    }

    @PostMapping("/payments/{id}/confirm")
    @PreAuthorize("hasAnyAuthority('wallet.own','billing.manage','platform.admin')")
    @Operation(
            summary = "Confirm a payment now",
            description = "The payer is back from the provider's checkout: billing asks the provider how the"
                    + " payment stands and applies it at once instead of waiting for the webhook. Answers the"
                    + " payment; still PENDING if the provider has not decided or cannot be reached.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    PaymentIntentResponse confirm(@PathVariable UUID id) {
        reconciliation.confirm(visible(id));
        return PaymentIntentResponse.of(intents.find(id).orElseThrow());
    }

    @GetMapping("/payments/{id}/status")
    @PreAuthorize("hasAnyAuthority('wallet.own','billing.read','billing.manage','platform.admin')")
    @Operation(summary = "Where a payment stands", description = "Without asking the provider.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    PaymentIntentResponse status(@PathVariable UUID id) {
        return PaymentIntentResponse.of(visible(id));
    }

    @GetMapping("/finance/payments")
    @PreAuthorize("hasAnyAuthority('billing.read','billing.manage','platform.admin')")
    @Operation(
            summary = "Payments for finance",
            description = "Newest first. Platform administrators see every payment (or one organization's with"
                    + " organizationId); others the payments into their organization's wallet.")
    List<PaymentIntentResponse> list(
            @RequestParam(required = false) PaymentStatus status,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        var query = new PaymentQuery(organizationOf(Caller.current(), organizationId), status, provider);
        return intents.matching(query, Paging.limit(limit), Paging.offset(offset)).stream()
                .map(PaymentIntentResponse::of)
                .toList();
    }

    private PaymentIntent visible(UUID id) {
        var caller = Caller.current();
        return intents.find(id)
                .filter(found -> found.userId().equals(caller.userId()) || financeOf(caller, found))
                .orElseThrow(() -> BillingException.notFound("Payment", id));
    }

    /** The platform, or a reader of the organization whose wallet the payment is for. */
    private static boolean financeOf(AccessTokenClaims caller, PaymentIntent payment) {
        return WalletAccess.administers(caller, payment.owner())
                || (payment.owner().kind() == AccountKind.ORGANIZATION_WALLET
                        && payment.owner().id().equals(caller.organizationId())
                        && caller.can(Permissions.BILLING_READ));
    }

    private static String organizationOf(AccessTokenClaims caller, String requested) {
        if (caller.isPlatformAdmin()) {
            return requested;
        }
        if (caller.organizationId() == null) {
            throw ApiException.forbidden("organizationId: the caller has no active organization");
        }
        if (requested != null && !requested.equals(caller.organizationId())) {
            throw ApiException.forbidden("organizationId: not the caller's active organization");
        }
        return caller.organizationId();
    }
}
