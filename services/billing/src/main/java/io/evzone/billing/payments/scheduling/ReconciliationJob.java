package io.evzone.billing.payments.scheduling;

import io.evzone.billing.payments.application.Reconciliation;
import io.evzone.billing.payments.config.PaymentsProperties;
import io.evzone.billing.wallet.scheduling.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs reconciliation every {@code evzone.billing.payments.reconcile-interval} and logs its differences. */
@Component
class ReconciliationJob extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationJob.class);

    private final Reconciliation reconciliation;

    ReconciliationJob(Reconciliation reconciliation, PaymentsProperties properties) {
        super("billing-reconciliation", properties.reconcileInterval());
        this.reconciliation = reconciliation;
    }

    @Override
    protected void runOnce() {
        Reconciliation.Report report = reconciliation.run();
        report.differences().forEach(difference -> log.info("Reconciled {}", difference));
    }
}
