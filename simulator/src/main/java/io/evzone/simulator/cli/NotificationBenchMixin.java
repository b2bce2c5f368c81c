package io.evzone.simulator.cli;

import io.evzone.simulator.bench.NotificationBenchSettings;
import io.evzone.simulator.bench.PricingBenchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The notifications workload's options: where the platform's notification service, Kafka and secret are. */
final class NotificationBenchMixin {
    @Option(
            names = "--notification-api",
            defaultValue = "http://localhost:3007",
            description = "notifications: the notification service's streams and metrics (default: ${DEFAULT-VALUE})")
    URI notificationApi;

    @Option(
            names = "--kafka",
            defaultValue = "localhost:59092",
            description =
                    "notifications, pricing: the platform's Kafka, where events are published (default: ${DEFAULT-VALUE})")
    String kafka;

    @Option(
            names = "--jwt-secret-file",
            defaultValue = "data/jwt-secret",
            description =
                    "notifications, pricing: the platform's token secret, to sign the users' tokens (default: ${DEFAULT-VALUE})")
    Path jwtSecretFile;

    @Option(
            names = "--streams-per-user",
            defaultValue = "1",
            description = "notifications: streams each synthetic user holds open (default: ${DEFAULT-VALUE})")
    int streamsPerUser;

    @Option(
            names = "--connect-rate",
            defaultValue = "250",
            description = "notifications: new streams per second while connecting (default: ${DEFAULT-VALUE})")
    double connectRate;

    NotificationBenchSettings settings() {
        return new NotificationBenchSettings(notificationApi, kafka, secret(), streamsPerUser, connectRate);
    }

    /** The pricing workload's settings: the same Kafka and secret, and the billing service. */
    PricingBenchSettings pricing(URI billingApi) {
        return new PricingBenchSettings(
                billingApi == null ? URI.create("http://localhost:3004") : billingApi, kafka, secret());
    }

    private String secret() {
        String secret = System.getenv("JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            try {
                secret = Files.readString(jwtSecretFile).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Cannot read the platform's token secret; set JWT_SECRET or" + " --jwt-secret-file", e);
            }
        }
        return secret;
    }
}
