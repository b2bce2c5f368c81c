package io.evzone.gateway.registry;

import io.evzone.contracts.charger.ChargerAnswer.BootAnswer;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.station.UnknownChargerPolicyChanged;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The station's unknown-charger policy as last announced on its events. While it accepts new chargers, the
 * gateway answers a new charger's boot itself and the station records the charger from ChargerBooted: in a
 * boot storm on a cold node, thousands of boots otherwise waited for the station's answer, passed their
 * deadline and were told Pending. Before the first announcement, and for any other policy, boots are asked.
 */
@Component
public class NewChargerPolicy {

    /**
     * OCPP 2.0.1 Part 4 §3.1.1 identifierString, at most 48 characters: the identities the station records. The
     * connection accepts more (1.6 chargers use other printable characters), and those boots are asked.
     */
    private static final Pattern RECORDABLE_ID = Pattern.compile("[A-Za-z0-9*_=:+|@.\\-]{1,48}");

    private final AtomicReference<UnknownChargerPolicyChanged> latest = new AtomicReference<>();

    public NewChargerPolicy(MeterRegistry meters) {
        for (String state : List.of("ACCEPTED", "PENDING", "REJECTED", "UNKNOWN")) {
            Gauge.builder("evzone.gateway.new.charger.policy", () -> state.equals(state()) ? 1 : 0)
                    .description("1 for the registration this node gives new chargers (UNKNOWN: not announced yet)")
                    .tag("new_chargers", state)
                    .register(meters);
        }
    }

    private String state() {
        UnknownChargerPolicyChanged policy = latest.get();
        if (policy == null) {
            return "UNKNOWN";
        }
        return policy.newChargers() == null ? "REJECTED" : policy.newChargers().name();
    }

    /** Applies an announcement; an older one than the policy held is ignored. */
    public void apply(UnknownChargerPolicyChanged announced) {
        latest.accumulateAndGet(
                announced, (held, incoming) -> held == null || !incoming.at().isBefore(held.at()) ? incoming : held);
    }

    /** The answer to a boot of a charger the gateway has no record of, when the policy settles it alone. */
    public Optional<BootAnswer> answerFor(String chargePointId) {
        UnknownChargerPolicyChanged policy = latest.get();
        return policy != null
                        && policy.newChargers() == RegistrationStatus.ACCEPTED
                        && RECORDABLE_ID.matcher(chargePointId).matches()
                ? Optional.of(new BootAnswer(RegistrationStatus.ACCEPTED, policy.heartbeatIntervalSeconds()))
                : Optional.empty();
    }
}
