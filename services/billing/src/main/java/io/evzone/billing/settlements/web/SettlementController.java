package io.evzone.billing.settlements.web;

import io.evzone.billing.settlements.application.RequestWithdrawal;
import io.evzone.billing.settlements.domain.Statements;
import io.evzone.billing.settlements.domain.Withdrawal;
import io.evzone.billing.settlements.domain.Withdrawals;
import io.evzone.billing.wallet.application.Idempotency;
import io.evzone.billing.wallet.web.IdempotentResponses;
import io.evzone.billing.wallet.web.Paging;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Settlements",
        description = "Station owners' revenue (session net less the platform fee), VAT collected, and withdrawals to"
                + " a payout profile, all read from and posted to the ledger. billing.read / billing.manage in the"
                + " organization; platform administrators see every organization.")
class SettlementController {

    private final Statements statements;
    private final Withdrawals withdrawals;
    private final RequestWithdrawal request;
    private final IdempotentResponses idempotent;

    SettlementController(
            Statements statements, Withdrawals withdrawals, RequestWithdrawal request, IdempotentResponses idempotent) {
        this.statements = statements;
        this.withdrawals = withdrawals;
        this.request = request;
        this.idempotent = idempotent;
    }

    record StatementResponse(
            String organizationId,
            String currency,
            BigDecimal earned,
            BigDecimal withdrawn,
            BigDecimal available,
            BigDecimal vatPayable,
            String status) {}

    record WithdrawalRequest(
            BigDecimal amount,
            String currency,
            String payoutMethod,
            String payoutAccount,
            String payoutName,
            String idempotencyKey) {}

    record WithdrawalResponse(
            String id,
            String organizationId,
            BigDecimal amount,
            String currency,
            String status,
            String payoutMethod,
            String payoutAccount,
            String transactionId,
            Instant createdAt) {

        static WithdrawalResponse of(Withdrawal w) {
            return new WithdrawalResponse(
                    w.id().toString(),
                    w.organizationId(),
                    w.amount().major(),
                    w.amount().currency(),
                    w.status(),
                    w.payoutMethod(),
                    w.payoutAccount(),
                    w.entryId().toString(),
                    w.createdAt());
        }
    }

    @GetMapping("/settlements")
    @PreAuthorize("hasAnyAuthority('billing.read','billing.manage','platform.admin')")
    @Operation(summary = "Settlement statements per organization and currency")
    List<StatementResponse> settlements(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return statements.of(scope(Caller.current()), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(s -> new StatementResponse(
                        s.organizationId(),
                        s.earned().currency(),
                        s.earned().major(),
                        s.withdrawn().major(),
                        s.available().major(),
                        s.vatPayable().major(),
                        "OPEN"))
                .filter(s -> status == null || status.equalsIgnoreCase(s.status()))
                .toList();
    }

    @GetMapping("/withdrawals")
    @PreAuthorize("hasAnyAuthority('billing.read','billing.manage','platform.admin')")
    @Operation(summary = "Withdrawal requests, newest first")
    List<WithdrawalResponse> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
        return withdrawals.of(scope(Caller.current()), Paging.limit(limit), Paging.offset(offset)).stream()
                .map(WithdrawalResponse::of)
                .toList();
    }

    @PostMapping("/withdrawals")
    @PreAuthorize("hasAuthority('billing.manage')")
    @Operation(summary = "Ask for the organization's revenue to be paid out", description = "Needs an Idempotency-Key.")
    @ApiResponse(responseCode = "400", description = "amount, currency, payoutMethod or payoutAccount invalid (named)")
    @ApiResponse(responseCode = "422", description = "More than the revenue available")
    WithdrawalResponse withdraw(
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody WithdrawalRequest body) {
        AccessTokenClaims caller = Caller.current();
        if (caller.organizationId() == null) {
            throw ApiException.forbidden("Withdrawals are made by an organization's finance");
        }
        return idempotent.respond(
                "withdrawal",
                Idempotency.key(key, body.idempotencyKey()),
                body,
                WithdrawalResponse.class,
                () -> WithdrawalResponse.of(request.handle(new RequestWithdrawal.Request(
                        caller.organizationId(),
                        body.amount(),
                        body.currency(),
                        body.payoutMethod(),
                        body.payoutAccount(),
                        body.payoutName(),
                        caller.userId()))));
    }

    private static String scope(AccessTokenClaims caller) {
        if (caller.isPlatformAdmin()) {
            return null;
        }
        if (caller.organizationId() == null) {
            throw ApiException.forbidden("Settlements belong to an organization");
        }
        return caller.organizationId();
    }
}
