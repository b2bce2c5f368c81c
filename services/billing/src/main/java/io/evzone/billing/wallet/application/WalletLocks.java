package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.WalletOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a wallet (no debits, transfers out or holds; money can still come in) and unlocks it. An
 * owner who locked their own wallet may unlock it; a lock set by an administrator needs one to lift.
 */
@Component
public class WalletLocks {

    private final Accounts accounts;

    public WalletLocks(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void lock(WalletOwner owner, String by, String reason) {
        Account wallet = wallet(owner);
        accounts.setLocked(wallet.id(), true, by, reason);
    }

    /** @param administrator whether the caller manages the wallet rather than owning it */
    @Transactional
    public void unlock(WalletOwner owner, String by, boolean administrator) {
        Account wallet = wallet(owner);
        if (wallet.locked() && !administrator && !by.equals(wallet.lockedBy())) {
            throw BillingException.refused("wallet", "was locked by an administrator, who must unlock it");
        }
        accounts.setLocked(wallet.id(), false, null, null);
    }

    private Account wallet(WalletOwner owner) {
        Account wallet = accounts.wallet(owner).orElseThrow(() -> BillingException.notFound("Wallet of", owner.id()));
        accounts.lock(wallet.ref());
        return wallet;
    }
}
