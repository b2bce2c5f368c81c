package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.Hold;
import io.evzone.billing.wallet.domain.Holds;
import io.evzone.billing.wallet.domain.Posting;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Releases holds whose session was never priced before they expired: the money goes back to the wallet. */
@Component
public class HoldExpiry {

    private static final int BATCH = 200;

    private final Holds holds;
    private final Ledger ledger;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public HoldExpiry(Holds holds, Ledger ledger, TransactionTemplate transactions, Clock clock) {
        this.holds = holds;
        this.ledger = ledger;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many holds were released */
    public int releaseExpired() {
        int released = 0;
        for (String session : holds.expiredSessions(clock.instant(), BATCH)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> release(session)))) {
                released++;
            }
        }
        return released;
    }

    private boolean release(String sessionId) {
        Hold hold = holds.lockBySession(sessionId).orElse(null);
        if (hold == null || !hold.isActive() || hold.expiresAt().isAfter(clock.instant())) {
            return false;
        }
        String currency = hold.amount().currency();
        AccountRef wallet = hold.owner().in(currency);
        AccountRef held = hold.owner().holdsIn(currency);
        ledger.post(
                new Ledger.Draft(
                        EntryKind.HOLD_RELEASE, currency, sessionId, "Expired hold released", SessionHolds.SYSTEM),
                List.of(Posting.debit(held, hold.amount()), Posting.credit(wallet, hold.amount())));
        holds.close(hold, Hold.Status.EXPIRED, 0, clock.instant());
        return true;
    }
}
