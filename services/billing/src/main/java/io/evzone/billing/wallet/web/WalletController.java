package io.evzone.billing.wallet.web;

import io.evzone.billing.wallet.application.Idempotency;
import io.evzone.billing.wallet.application.WalletCreditLimits;
import io.evzone.billing.wallet.application.WalletDebits;
import io.evzone.billing.wallet.application.WalletLocks;
import io.evzone.billing.wallet.application.WalletQueries;
import io.evzone.billing.wallet.application.WalletRefunds;
import io.evzone.billing.wallet.application.WalletTransfers;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.billing.wallet.web.WalletAccess.Need;
import io.evzone.platform.security.Caller;
import io.evzone.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wallet")
@PreAuthorize(WalletController.ANY_WALLET_PERMISSION)
@Tag(
        name = "Wallet",
        description = "The caller's wallet on the double-entry ledger (wallet.own), an organization's (organizationId,"
                + " billing.read / billing.manage) or, for platform administrators, any user's (userId). Money-moving"
                + " requests need an Idempotency-Key (header or idempotencyKey): a repeat returns the first answer,"
                + " the same key with another body is a 422. Amounts are major units (UGX 5000, USD 12.50).")
class WalletController {

    static final String ANY_WALLET_PERMISSION =
            "hasAnyAuthority('wallet.own','billing.read','billing.manage','platform.admin')";

    private final WalletQueries queries;
    private final WalletDebits debits;
    private final WalletTransfers transfers;
    private final WalletRefunds refunds;
    private final WalletLocks locks;
    private final WalletCreditLimits creditLimits;
    private final IdempotentResponses idempotent;

    WalletController(
            WalletQueries queries,
            WalletDebits debits,
            WalletTransfers transfers,
            WalletRefunds refunds,
            WalletLocks locks,
            WalletCreditLimits creditLimits,
            IdempotentResponses idempotent) {
        this.queries = queries;
        this.debits = debits;
        this.transfers = transfers;
        this.refunds = refunds;
        this.locks = locks;
        this.creditLimits = creditLimits;
        this.idempotent = idempotent;
    }

    @GetMapping("/balance")
    @Operation(summary = "A wallet's balance, money on hold and credit limit")
    @ApiResponse(responseCode = "403", description = "Not the caller's wallet and no permission on it")
    WalletResponses.Balance balance(
            @RequestParam(required = false) String userId, @RequestParam(required = false) String organizationId) {
        return WalletResponses.Balance.of(queries.balance(owner(userId, organizationId, Need.READ)));
    }

    @GetMapping("/transactions")
    @Operation(summary = "A wallet's movements, newest first", description = "limit (default 50, max 200), offset")
    List<WalletResponses.Transaction> transactions(
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries
                .transactions(owner(userId, organizationId, Need.READ), Paging.limit(limit), Paging.offset(offset))
                .stream()
                .map(WalletResponses.Transaction::of)
                .toList();
    }

    @PostMapping("/debit")
    @Operation(
            summary = "Take money out of a wallet",
            description = "Never below zero unless a credit limit allows it.")
    @ApiResponse(responseCode = "200", description = "Posted")
    @ApiResponse(responseCode = "400", description = "amount missing, not above zero or with too many decimals")
    @ApiResponse(responseCode = "422", description = "Insufficient funds, a locked wallet, or a reused Idempotency-Key")
    WalletResponses.Posted debit(
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody WalletRequests.Debit body) {
        WalletOwner owner = owner(body.userId(), body.organizationId(), Need.PAY);
        return postOnce(
                "debit",
                Idempotency.key(key, body.idempotencyKey()),
                body,
                owner,
                () -> debits.handle(new WalletDebits.Debit(
                        owner, body.amount(), body.reference(), Caller.current().userId())));
    }

    @PostMapping("/transfer")
    @Operation(summary = "Send money to another user's wallet, in the same currency")
    @ApiResponse(responseCode = "422", description = "Insufficient funds, a locked wallet, or another currency")
    WalletResponses.Posted transfer(
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody WalletRequests.Transfer body) {
        WalletOwner from = owner(null, body.organizationId(), Need.PAY);
        if (body.targetUserId() == null || body.targetUserId().isBlank()) {
            throw ApiException.badRequest("targetUserId: is required");
        }
        WalletOwner to = WalletOwner.user(body.targetUserId());
        return postOnce(
                "transfer",
                Idempotency.key(key, body.idempotencyKey()),
                body,
                from,
                () -> transfers.handle(new WalletTransfers.Transfer(
                        from, to, body.amount(), Caller.current().userId())));
    }

    @PostMapping("/refund")
    @Operation(
            summary = "Refund (part of) an earlier debit to the wallet",
            description = "Platform administrators, or billing.manage for an organization's wallet.")
    @ApiResponse(responseCode = "404", description = "No such debit of that wallet")
    @ApiResponse(responseCode = "422", description = "More than is left of the debit to refund")
    WalletResponses.Posted refund(
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody WalletRequests.Refund body) {
        WalletOwner owner = owner(body.userId(), body.organizationId(), Need.MANAGE);
        return postOnce(
                "refund",
                Idempotency.key(key, body.idempotencyKey()),
                body,
                owner,
                () -> refunds.handle(new WalletRefunds.Refund(
                        owner,
                        body.transactionId(),
                        body.amount(),
                        body.reason(),
                        Caller.current().userId())));
    }

    @PostMapping("/lock")
    @Operation(summary = "Lock a wallet: no debits, transfers out or holds until unlocked")
    WalletResponses.LockState lock(@RequestBody(required = false) WalletRequests.Lock body) {
        WalletRequests.Lock request = body == null ? new WalletRequests.Lock(null, null, null) : body;
        WalletOwner owner = owner(request.userId(), request.organizationId(), Need.PAY);
        locks.lock(owner, Caller.current().userId(), request.reason());
        return lockState(owner);
    }

    @PostMapping("/unlock")
    @Operation(summary = "Unlock a wallet", description = "A lock set by an administrator needs one to lift it.")
    @ApiResponse(responseCode = "422", description = "Locked by an administrator")
    WalletResponses.LockState unlock(@RequestBody(required = false) WalletRequests.Lock body) {
        WalletRequests.Lock request = body == null ? new WalletRequests.Lock(null, null, null) : body;
        WalletOwner owner = owner(request.userId(), request.organizationId(), Need.PAY);
        var caller = Caller.current();
        locks.unlock(owner, caller.userId(), WalletAccess.administers(caller, owner));
        return lockState(owner);
    }

    @PostMapping("/credit-limit")
    @PreAuthorize("hasAuthority('platform.admin')")
    @Operation(summary = "Grant a wallet a credit limit (platform administrators)")
    WalletResponses.Balance creditLimit(@RequestBody WalletRequests.CreditLimit body) {
        WalletOwner owner = owner(body.userId(), body.organizationId(), Need.MANAGE);
        creditLimits.set(owner, body.creditLimit());
        return WalletResponses.Balance.of(queries.balance(owner));
    }

    /** Posts once per Idempotency-Key and answers the entry with the wallet's balance after it. */
    private WalletResponses.Posted postOnce(
            String operation, String key, Object body, WalletOwner owner, Supplier<JournalEntry> posting) {
        return idempotent.respond(
                operation, key, body, WalletResponses.Posted.class, () -> posted(owner, posting.get()));
    }

    private WalletResponses.Posted posted(WalletOwner owner, JournalEntry entry) {
        WalletQueries.WalletView after = queries.balance(owner);
        long moved = entry.lines().stream()
                .filter(line -> line.account().equals(owner.in(after.balance().currency())))
                .mapToLong(line -> Math.abs(line.amount()))
                .sum();
        return WalletResponses.Posted.of(entry, Money.of(moved, after.balance().currency()), after);
    }

    private WalletResponses.LockState lockState(WalletOwner owner) {
        WalletQueries.WalletView view = queries.balance(owner);
        return new WalletResponses.LockState(view.id(), view.locked(), view.lockReason());
    }

    private static WalletOwner owner(String userId, String organizationId, Need need) {
        return WalletAccess.resolve(Caller.current(), userId, organizationId, need);
    }
}
