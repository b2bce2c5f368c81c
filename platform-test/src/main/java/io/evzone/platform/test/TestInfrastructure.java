package io.evzone.platform.test;

import io.evzone.platform.embedded.EmbeddedInfrastructure;
import io.evzone.platform.embedded.EmbeddedSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real PostgreSQL, Kafka and Redis per test JVM, started on first use on free ports in a
 * temporary directory and stopped when the JVM exits. Every Spring context of the JVM shares them.
 */
public final class TestInfrastructure {

    /** The JWT secret test contexts use; tests sign tokens with it through {@link TestTokens}. */
    public static final String JWT_SECRET = "evzone-test-secret-that-is-long-enough-for-hs256";

    private static EmbeddedInfrastructure infrastructure;

    private TestInfrastructure() {}

    public static synchronized Map<String, String> environment() {
        if (infrastructure == null) {
            infrastructure = EmbeddedInfrastructure.start(EmbeddedSettings.forTests(temporaryDirectory()));
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "evzone-test-infrastructure-stop"));
        }
        return infrastructure.environment();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("evzone-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
