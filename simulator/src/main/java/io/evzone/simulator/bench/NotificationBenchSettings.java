package io.evzone.simulator.bench;

import java.net.URI;
import java.util.Objects;

/**
 * What the notifications workload needs beyond the common options.
 *
 * @param notificationApi the notification service (or the edge in front of it): server-sent events and metrics
 * @param kafkaBrokers the platform's Kafka, where the workload publishes the domain events
 * @param jwtSecret the platform's access-token secret, to sign the synthetic users' tokens
 * @param streamsPerUser server-sent event streams each user holds open (a user with several tabs or devices)
 * @param connectRate new streams per second while connecting
 */
public record NotificationBenchSettings(
        URI notificationApi, String kafkaBrokers, String jwtSecret, int streamsPerUser, double connectRate) {

    public NotificationBenchSettings {
        Objects.requireNonNull(notificationApi, "notificationApi");
        Objects.requireNonNull(kafkaBrokers, "kafkaBrokers");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        if (streamsPerUser < 1 || connectRate <= 0) {
            throw new IllegalArgumentException("streamsPerUser must be at least 1 and connectRate positive");
        }
    }
}
