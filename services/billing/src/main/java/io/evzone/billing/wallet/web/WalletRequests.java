package io.evzone.billing.wallet.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.UUID;

/** The wallet API's request bodies. Amounts are in major units and may not carry more decimals than the currency. */
public final class WalletRequests {

    private WalletRequests() {}

    public record Debit(
            @Schema(description = "Major units, above zero", example = "2500")
            BigDecimal amount,

            String idempotencyKey,
            @Schema(description = "What the debit pays for") String reference,

            @Schema(description = "Platform administrators: another user's wallet")
            String userId,

            @Schema(description = "An organization's wallet (billing.manage)")
            String organizationId) {}

    public record Transfer(
            @Schema(description = "The user whose wallet receives the money")
            String targetUserId,

            BigDecimal amount,
            String idempotencyKey,

            @Schema(description = "Send from this organization's wallet (billing.manage)")
            String organizationId) {}

    public record Refund(
            @Schema(description = "The debit (or session charge) being refunded")
            UUID transactionId,

            @Schema(description = "Major units; omitted: what is left of the debit")
            BigDecimal amount,

            String reason,
            String idempotencyKey,
            String userId,
            String organizationId) {}

    public record Lock(String reason, String userId, String organizationId) {}

    public record CreditLimit(
            @Schema(description = "Major units the wallet may go below zero; 0 removes it")
            BigDecimal creditLimit,

            String userId,
            String organizationId) {}
}
