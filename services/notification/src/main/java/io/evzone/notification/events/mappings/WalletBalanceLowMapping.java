package io.evzone.notification.events.mappings;

import io.evzone.contracts.billing.WalletBalanceLow;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A wallet's owner hears its balance fell below the threshold: the driver, or an organization's members. */
@Component
class WalletBalanceLowMapping extends Mapping<WalletBalanceLow> {

    WalletBalanceLowMapping() {
        super(WalletBalanceLow.class);
    }

    @Override
    public List<Intent> intents(WalletBalanceLow event) {
        Map<String, String> data = Map.of(
                "walletId", event.walletId(),
                "balance", Formats.money(event.balance(), event.currency()),
                "threshold", Formats.money(event.threshold(), event.currency()));
        return switch (String.valueOf(event.ownerType())) {
            case "USER" -> List.of(Intent.toUser(event.ownerId(), "billing.wallet-low", Category.BILLING, data));
            case "ORGANIZATION" ->
                List.of(Intent.toMembersOf(event.ownerId(), "billing.wallet-low", Category.BILLING, data));
            default -> List.of();
        };
    }
}
