package io.evzone.billing.settlements.domain;

import java.util.List;

/** Withdrawal requests. */
public interface Withdrawals {

    void add(Withdrawal withdrawal);

    List<Withdrawal> of(String organizationId, int limit, int offset);
}
