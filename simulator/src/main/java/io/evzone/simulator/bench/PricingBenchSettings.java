package io.evzone.simulator.bench;

import java.net.URI;
import java.util.Objects;

/**
 * What the pricing workload needs beyond the common options.
 *
 * @param billingApi the billing service, where the workload creates the tariff
 * @param kafkaBrokers the platform's Kafka: session events out, billing's prices in
 * @param jwtSecret the platform's access-token secret, to sign the synthetic organization's token
 */
public record PricingBenchSettings(URI billingApi, String kafkaBrokers, String jwtSecret) {

    public PricingBenchSettings {
        Objects.requireNonNull(billingApi, "billingApi");
        Objects.requireNonNull(kafkaBrokers, "kafkaBrokers");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
    }
}
