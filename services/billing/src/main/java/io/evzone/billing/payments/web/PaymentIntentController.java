package io.evzone.billing.payments.web;

import io.evzone.billing.payments.application.CreatePayment;
import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.PaymentPurpose;
import io.evzone.billing.wallet.application.Idempotency;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.billing.wallet.web.IdempotentResponses;
import io.evzone.billing.wallet.web.WalletAccess;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyAuthority('wallet.own','billing.manage','platform.admin')")
@Tag(
        name = "Payments",
        description = "Top-ups and payment intents through a provider (the local sandbox by default; Stripe,"
                + " Flutterwave, MTN MoMo when configured). The wallet is credited once the provider confirms"
                + " the payment. Needs an Idempotency-Key (header or idempotencyKey).")
class PaymentIntentController {

    private final CreatePayment create;
    private final PaymentIntents intents;
    private final IdempotentResponses idempotent;

    PaymentIntentController(CreatePayment create, PaymentIntents intents, IdempotentResponses idempotent) {
        this.create = create;
        this.intents = intents;
        this.idempotent = idempotent;
    }

    @PostMapping("/wallet/topup")
    @Operation(summary = "Top up a wallet", description = "Answers the payment; status SUCCEEDED once credited.")
    @ApiResponse(responseCode = "200", description = "The payment, pending or already succeeded")
    @ApiResponse(responseCode = "400", description = "amount, currency or provider invalid (named)")
    @ApiResponse(responseCode = "422", description = "A currency other than the wallet's, or a reused Idempotency-Key")
    PaymentIntentResponse topUp(
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody PaymentRequests.TopUp body) {
        var caller = Caller.current();
        WalletOwner owner = WalletAccess.resolve(caller, null, body.organizationId(), WalletAccess.Need.PAY);
        return idempotent.respond(
                "topup",
                Idempotency.key(key, body.idempotencyKey()),
                body,
                PaymentIntentResponse.class,
                () -> PaymentIntentResponse.of(create.handle(new CreatePayment.Request(
                        caller.userId(),
                        caller.email(),
                        owner,
                        PaymentPurpose.TOP_UP,
                        body.amount(),
                        body.currency(),
                        body.paymentMethodId(),
                        body.provider(),
                        body.phone(),
                        null,
                        null))));
    }

    @PostMapping("/wallet/payment-intents")
    @Operation(
            summary = "Start a payment",
            description =
                    "For an invoice (invoiceId), a session (sessionId) or the wallet; the money is credited to"
                            + " the caller's wallet when the provider confirms it. Follow checkoutUrl when the provider gives one.")
    @ApiResponse(responseCode = "400", description = "amount, currency or provider invalid (named)")
    PaymentIntentResponse intent(
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody PaymentRequests.Intent body) {
        var caller = Caller.current();
        WalletOwner owner = WalletAccess.resolve(caller, null, null, WalletAccess.Need.PAY);
        PaymentPurpose purpose = body.invoiceId() != null
                ? PaymentPurpose.INVOICE
                : body.sessionId() != null ? PaymentPurpose.SESSION : PaymentPurpose.TOP_UP;
        return idempotent.respond(
                "payment-intent",
                Idempotency.key(key, body.idempotencyKey()),
                body,
                PaymentIntentResponse.class,
                () -> PaymentIntentResponse.of(create.handle(new CreatePayment.Request(
                        caller.userId(),
                        caller.email(),
                        owner,
                        purpose,
                        body.amount(),
                        body.currency(),
                        body.paymentMethodId(),
                        body.provider(),
                        body.phone(),
                        body.invoiceId(),
                        body.sessionId()))));
    }

    @GetMapping("/payment-intents/{id}")
    @Operation(summary = "A payment and where it stands")
    @ApiResponse(responseCode = "404", description = "No such payment of the caller")
    PaymentIntentResponse get(@PathVariable UUID id) {
        var caller = Caller.current();
        PaymentIntent intent = intents.find(id)
                .filter(found -> caller.isPlatformAdmin() || found.userId().equals(caller.userId()))
                .orElseThrow(() -> BillingException.notFound("Payment intent", id));
        return PaymentIntentResponse.of(intent);
    }
}
