package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Grants a wallet a credit limit: how far below zero it may go. Lowering it never goes under what is already spent. */
@Component
public class WalletCreditLimits {

    private final Accounts accounts;

    public WalletCreditLimits(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public Account set(WalletOwner owner, BigDecimal creditLimit) {
        Account wallet = accounts.wallet(owner).orElseThrow(() -> BillingException.notFound("Wallet of", owner.id()));
        Account locked = accounts.lock(wallet.ref());
        Money limit = Money.ofMajor(creditLimit, wallet.ref().currency(), "creditLimit");
        if (limit.minor() < 0) {
            throw BillingException.invalid("creditLimit", "must not be negative");
        }
        if (locked.balance() < -limit.minor()) {
            throw BillingException.refused(
                    "creditLimit",
                    "the wallet already owes " + locked.balanceMoney().negate());
        }
        accounts.setCreditLimit(wallet.id(), limit.minor());
        return accounts.find(wallet.id()).orElseThrow();
    }
}
