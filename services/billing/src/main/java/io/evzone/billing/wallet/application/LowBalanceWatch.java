package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.config.LedgerProperties;
import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.WalletBalanceLow;
import io.evzone.platform.outbox.Outbox;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Publishes a WalletBalanceLow when a posting takes a wallet from above its currency's threshold to below. */
@Component
public class LowBalanceWatch {

    private final Accounts accounts;
    private final Outbox outbox;
    private final LedgerProperties properties;
    private final Clock clock;

    public LowBalanceWatch(Accounts accounts, Outbox outbox, LedgerProperties properties, Clock clock) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param taken what the posting just took out of the wallet */
    @Transactional(propagation = Propagation.MANDATORY)
    public void check(AccountRef wallet, Money taken) {
        BigDecimal configured = properties.lowBalance().get(wallet.currency());
        if (configured == null) {
            return;
        }
        Money threshold = Money.ofMajor(configured, wallet.currency(), "lowBalance");
        Account after = accounts.lock(wallet);
        boolean wasAbove = !threshold.exceeds(after.balanceMoney().plus(taken));
        if (wasAbove && threshold.exceeds(after.balanceMoney())) {
            String ownerType = wallet.kind() == AccountKind.USER_WALLET ? "USER" : "ORGANIZATION";
            outbox.append(
                    Topics.BILLING_EVENTS,
                    wallet.ownerId(),
                    new WalletBalanceLow(
                            after.id().toString(),
                            ownerType,
                            wallet.ownerId(),
                            after.balance(),
                            threshold.minor(),
                            wallet.currency(),
                            clock.instant()));
        }
    }
}
