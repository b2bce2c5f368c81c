package io.evzone.billing.wallet.domain;

import java.util.Optional;
import java.util.UUID;

/** The ledger's accounts. */
public interface Accounts {

    /**
     * The account, created at a zero balance if it did not exist, locked for the rest of the
     * transaction. Callers lock the accounts of one entry in {@link AccountRef} order.
     */
    Account lock(AccountRef ref);

    /** The wallet of a user or organization (whatever its currency), unlocked. */
    Optional<Account> wallet(WalletOwner owner);

    Optional<Account> find(UUID id);

    Optional<Account> find(AccountRef ref);

    void setLocked(UUID id, boolean locked, String by, String reason);

    void setCreditLimit(UUID id, long creditLimit);
}
