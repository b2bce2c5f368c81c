package io.evzone.billing.wallet.scheduling;

import io.evzone.billing.wallet.application.HoldExpiry;
import io.evzone.billing.wallet.config.LedgerProperties;
import org.springframework.stereotype.Component;

/** Releases expired session holds every {@code evzone.billing.ledger.hold-expiry-interval}. */
@Component
class HoldExpirySweeper extends PeriodicJob {

    private final HoldExpiry expiry;

    HoldExpirySweeper(HoldExpiry expiry, LedgerProperties properties) {
        super("billing-hold-expiry", properties.holdExpiryInterval());
        this.expiry = expiry;
    }

    @Override
    protected void runOnce() {
        expiry.releaseExpired();
    }
}
