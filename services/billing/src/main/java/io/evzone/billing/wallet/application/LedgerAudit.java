package io.evzone.billing.wallet.application;

import io.evzone.billing.wallet.domain.Journal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Checks, on one snapshot, that every cached balance equals its journal lines and the ledger sums to zero. */
@Component
public class LedgerAudit {

    private final Journal journal;

    public LedgerAudit(Journal journal) {
        this.journal = journal;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Journal.LedgerCheck check() {
        return journal.check();
    }
}
