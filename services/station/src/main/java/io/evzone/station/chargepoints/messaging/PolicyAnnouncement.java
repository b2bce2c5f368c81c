package io.evzone.station.chargepoints.messaging;

import io.evzone.station.chargepoints.application.ProvisioningPolicy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Announces the unknown-charger policy in force once the service is up, so gateways start from it. */
@Component
class PolicyAnnouncement {

    private final ProvisioningPolicy policy;

    PolicyAnnouncement(ProvisioningPolicy policy) {
        this.policy = policy;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        policy.announce();
    }
}
