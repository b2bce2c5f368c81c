package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.config.LedgerProperties;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.Hold;
import io.evzone.billing.wallet.domain.Holds;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import io.evzone.billing.wallet.domain.SessionCharges;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.contracts.billing.SessionPriced;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges a priced session: the driver pays from the session's hold, then from their wallet, and owes
 * the rest (receivable); the station owner earns the net less the platform fee, and its VAT payable
 * grows by the VAT. A later price version reverses the earlier charge and charges again; an earlier
 * or repeated version changes nothing.
 */
@Component
public class SessionCharging {

    private static final Logger log = LoggerFactory.getLogger(SessionCharging.class);

    private final Accounts accounts;
    private final Holds holds;
    private final SessionCharges charges;
    private final Journal journal;
    private final Ledger ledger;
    private final LedgerProperties properties;
    private final Clock clock;

    public SessionCharging(
            Accounts accounts,
            Holds holds,
            SessionCharges charges,
            Journal journal,
            Ledger ledger,
            LedgerProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.holds = holds;
        this.charges = charges;
        this.journal = journal;
        this.ledger = ledger;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void handle(SessionPriced priced) {
        Optional<SessionCharges.Charge> earlier = charges.lock(priced.sessionId());
        if (earlier.isPresent() && earlier.get().version() >= priced.version()) {
            log.info(
                    "Session {} price version {} already charged at {}",
                    priced.sessionId(),
                    priced.version(),
                    earlier.get().version());
            return;
        }
        earlier.ifPresent(this::reverse);
        SessionPrice price = SessionPrice.of(priced, properties.platformFeeBasisPoints());
        Optional<Hold> hold = holds.lockBySession(priced.sessionId())
                .filter(Hold::isActive)
                .filter(found -> found.amount().currency().equals(price.total().currency()));
        Optional<AccountRef> wallet =
                hold.map(found -> found.owner().in(found.amount().currency())).or(() -> payingWallet(priced));
        WalletOwner payer = hold.map(Hold::owner)
                .orElse(WalletOwner.user(priced.userId() == null ? "unidentified" : priced.userId()));
        SessionPayment payment = new SessionPayment(price, payer, wallet, hold);
        Optional<JournalEntry> entry = ledger.postUnlessEmpty(
                new Ledger.Draft(
                        EntryKind.SESSION_CHARGE,
                        price.total().currency(),
                        priced.sessionId(),
                        "Charging session " + priced.sessionId() + " (price version " + priced.version() + ")",
                        SessionHolds.SYSTEM),
                payment.accounts(),
                payment::lines);
        hold.ifPresent(found ->
                holds.close(found, Hold.Status.CAPTURED, payment.fromHold().minor(), clock.instant()));
        entry.ifPresent(posted -> charges.record(
                new SessionCharges.Charge(priced.sessionId(), priced.version(), posted.id()), clock.instant()));
    }

    private Optional<AccountRef> payingWallet(SessionPriced priced) {
        if (priced.userId() == null) {
            return Optional.empty();
        }
        return accounts.wallet(WalletOwner.user(priced.userId()))
                .map(account -> account.ref())
                .filter(ref -> ref.currency().equals(priced.currency()));
    }

    private void reverse(SessionCharges.Charge earlier) {
        List<Posting> original = journal.linesOf(earlier.entryId());
        List<Posting> reversed = original.stream()
                .map(line -> new Posting(heldMoneyBackToWallet(line.account()), Math.negateExact(line.amount())))
                .toList();
        ledger.post(
                new Ledger.Draft(
                        EntryKind.SESSION_CHARGE,
                        original.getFirst().account().currency(),
                        earlier.sessionId(),
                        "Reversal of price version " + earlier.version() + " of session " + earlier.sessionId(),
                        SessionHolds.SYSTEM),
                reversed.stream().map(Posting::account).toList(),
                locked -> reversed);
    }

    /** The captured hold is closed: what it paid goes back to the wallet it came from, not to the holds account. */
    private static AccountRef heldMoneyBackToWallet(AccountRef account) {
        return account.kind() == AccountKind.WALLET_HOLDS
                ? new AccountRef(AccountKind.USER_WALLET, account.ownerId(), account.currency())
                : account;
    }

    /** The price split between the station owner, its VAT and the platform. */
    record SessionPrice(Money total, Money vat, Money ownerRevenue, Money platformFee, String organizationId) {

        static SessionPrice of(SessionPriced priced, int feeBasisPoints) {
            Money total = Money.of(priced.totalInclVat(), priced.currency());
            Money vat = Money.of(priced.vatAmount(), priced.currency());
            if (total.minor() < 0 || vat.minor() < 0 || vat.exceeds(total)) {
                throw new IllegalArgumentException("Invalid session price: " + priced);
            }
            Money net = total.minus(vat);
            Money fee = net.share(feeBasisPoints);
            String organization = priced.organizationId() == null ? AccountRef.PLATFORM : priced.organizationId();
            return new SessionPrice(total, vat, net.minus(fee), fee, organization);
        }
    }
}
