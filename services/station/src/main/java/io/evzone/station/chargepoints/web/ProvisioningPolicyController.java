package io.evzone.station.chargepoints.web;

import io.evzone.platform.security.Caller;
import io.evzone.station.chargepoints.application.ProvisioningPolicy;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import io.evzone.station.shared.web.Authorities;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/charge-points/provisioning-policy")
@Tag(
        name = "Charge points",
        description = "The charger registry: provisioning, credentials, approval, connectors and their live status.")
class ProvisioningPolicyController {

    private final ProvisioningPolicy policy;

    ProvisioningPolicyController(ProvisioningPolicy policy) {
        this.policy = policy;
    }

    @GetMapping
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(
            summary = "The unknown-charger policy in force",
            description = "Platform administrators. source is runtime (set here) or configuration"
                    + " (evzone.station.unknown-charger-policy).")
    ProvisioningPolicy.InForce get() {
        return policy.current();
    }

    @PutMapping
    @PreAuthorize(Authorities.PLATFORM_ADMIN)
    @Operation(
            summary = "Change the unknown-charger policy at run time",
            description = "Platform administrators. ACCEPT, PENDING or REJECT for every node at once; a null"
                    + " unknownChargers returns to the configured policy.")
    ProvisioningPolicy.InForce change(@RequestBody PolicyChange change) {
        return policy.change(change.unknownChargers(), Caller.current().userId());
    }

    record PolicyChange(UnknownChargerPolicy unknownChargers) {}
}
