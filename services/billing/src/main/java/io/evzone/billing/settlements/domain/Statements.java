package io.evzone.billing.settlements.domain;

import io.evzone.billing.wallet.domain.Money;
import java.util.List;

/** Settlement statements read from the ledger. */
public interface Statements {

    /**
     * What each organization earned and was paid out, per currency.
     *
     * @param organizationId one organization, or null for all
     */
    List<Statement> of(String organizationId, int limit, int offset);

    /**
     * @param earned net session revenue credited to the owner (after the platform fee)
     * @param withdrawn moved to payouts
     * @param available what can still be withdrawn
     * @param vatPayable VAT collected on the owner's sessions
     */
    record Statement(String organizationId, Money earned, Money withdrawn, Money available, Money vatPayable) {}
}
