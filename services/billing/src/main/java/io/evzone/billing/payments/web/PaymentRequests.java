package io.evzone.billing.payments.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;

/** Bodies of the payment requests. Amounts are major units and may not carry more decimals than the currency. */
public final class PaymentRequests {

    private PaymentRequests() {}

    public record TopUp(
            @Schema(description = "Major units, above zero", example = "10000")
            BigDecimal amount,

            @Schema(description = "ISO 4217; default: the wallet's, or the deployment's default")
            String currency,

            UUID paymentMethodId,
            String idempotencyKey,

            @Schema(description = "sandbox, stripe, flutterwave or momo; default: the method's or the deployment's")
            String provider,

            @Schema(description = "Mobile money number (MoMo, Flutterwave mobile money)")
            String phone,

            @Schema(description = "Top up this organization's wallet (billing.manage)")
            String organizationId) {}

    public record Intent(
            BigDecimal amount,
            String currency,
            String idempotencyKey,
            UUID paymentMethodId,
            String invoiceId,
            String sessionId,
            String provider,
            String phone) {}
}
