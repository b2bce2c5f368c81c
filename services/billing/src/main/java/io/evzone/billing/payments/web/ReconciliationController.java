package io.evzone.billing.payments.web;

import io.evzone.billing.payments.application.Reconciliation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/finance")
@Tag(name = "Reconciliation", description = "Platform administrators: payments compared with their providers.")
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @PostMapping("/reconciliation")
    @PreAuthorize("hasAuthority('platform.admin')")
    @Operation(
            summary = "Reconcile pending payments now",
            description = "Asks the providers about payments pending past reconcile-after; answers the differences"
                    + " (settled, failed, expired, or provider unreachable).")
    Reconciliation.Report reconcile() {
        return reconciliation.run();
    }
}
