package io.evzone.billing.wallet.web;

import io.evzone.billing.wallet.application.WalletQueries.WalletView;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.LedgerLine;
import io.evzone.billing.wallet.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;

/** The wallet API's answers. Amounts are in major units of the currency ({@code 12.50}), with minor units beside. */
public final class WalletResponses {

    private WalletResponses() {}

    public record Balance(
            String walletId,
            String ownerType,
            String ownerId,
            String currency,
            BigDecimal balance,
            long balanceMinor,
            BigDecimal held,
            BigDecimal creditLimit,
            BigDecimal available,
            boolean locked,
            String lockReason) {

        public static Balance of(WalletView view) {
            return new Balance(
                    view.id(),
                    view.owner().kind().name().equals("USER_WALLET") ? "USER" : "ORGANIZATION",
                    view.owner().id(),
                    view.balance().currency(),
                    view.balance().major(),
                    view.balance().minor(),
                    view.held().major(),
                    view.creditLimit().major(),
                    view.available().major(),
                    view.locked(),
                    view.lockReason());
        }
    }

    /** One movement of a wallet: positive amounts came in, negative went out. */
    public record Transaction(
            String id,
            String type,
            String direction,
            BigDecimal amount,
            long amountMinor,
            String currency,
            String reference,
            String description,
            Instant createdAt) {

        public static Transaction of(LedgerLine line) {
            Money amount = line.amount();
            return new Transaction(
                    line.entryId().toString(),
                    line.kind().name(),
                    amount.minor() >= 0 ? "CREDIT" : "DEBIT",
                    amount.major(),
                    amount.minor(),
                    amount.currency(),
                    line.reference(),
                    line.description(),
                    line.at());
        }
    }

    /** The answer to a money-moving request: the entry posted and the wallet's balance after it. */
    public record Posted(
            String transactionId,
            String type,
            String status,
            BigDecimal amount,
            String currency,
            String reference,
            BigDecimal balance,
            Instant createdAt) {

        public static Posted of(JournalEntry entry, Money amount, WalletView after) {
            return new Posted(
                    entry.id().toString(),
                    entry.kind().name(),
                    "COMPLETED",
                    amount.major(),
                    amount.currency(),
                    entry.reference(),
                    after.balance().major(),
                    entry.createdAt());
        }
    }

    public record LockState(String walletId, boolean locked, String lockReason) {}
}
