package io.evzone.billing.wallet.web;

import io.evzone.billing.wallet.application.LedgerAudit;
import io.evzone.billing.wallet.domain.Journal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/finance/ledger")
@Tag(name = "Reconciliation")
class LedgerCheckController {

    private final LedgerAudit audit;

    LedgerCheckController(LedgerAudit audit) {
        this.audit = audit;
    }

    /**
     * @param exact every cached balance equals its journal lines and each currency's lines sum to zero
     * @param mismatched accounts whose cached balance differs from their journal
     */
    record LedgerCheckResponse(
            boolean exact, long accounts, long entries, Map<String, Long> totalPerCurrency, List<UUID> mismatched) {

        static LedgerCheckResponse of(Journal.LedgerCheck check) {
            return new LedgerCheckResponse(
                    check.exact(), check.accounts(), check.entries(), check.totalPerCurrency(), check.mismatched());
        }
    }

    @GetMapping("/check")
    @PreAuthorize("hasAuthority('platform.admin')")
    @Operation(
            summary = "Check the ledger's exactness",
            description = "Platform administrators. On one snapshot: every wallet's cached balance against its"
                    + " journal lines, and each currency's journal summing to zero.")
    LedgerCheckResponse check() {
        return LedgerCheckResponse.of(audit.check());
    }
}
