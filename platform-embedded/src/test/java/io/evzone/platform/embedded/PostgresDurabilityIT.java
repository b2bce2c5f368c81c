package io.evzone.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL flushes every commit unless a benchmark or test relaxes it explicitly. */
class PostgresDurabilityIT {

    @TempDir
    Path dataDir;

    @Test
    void theDefaultServerFlushesEveryCommit() throws Exception {
        try (var server = EmbeddedPostgresServer.start(dataDir, Ports.withFreePorts(0)[0])) {
            assertThat(settings(server))
                    .isEqualTo(Map.of("fsync", "on", "full_page_writes", "on", "synchronous_commit", "on"));
        }
    }

    @Test
    void aRelaxedServerSaysSo() throws Exception {
        try (var server =
                EmbeddedPostgresServer.start(dataDir, Ports.withFreePorts(0)[0], PostgresDurability.RELAXED)) {
            assertThat(settings(server))
                    .isEqualTo(Map.of("fsync", "off", "full_page_writes", "off", "synchronous_commit", "off"));
        }
    }

    private static Map<String, String> settings(EmbeddedPostgresServer server) throws Exception {
        Map<String, String> env = Map.of(
                "DATABASE_URL", server.jdbcUrl(),
                "DATABASE_USERNAME", EmbeddedPostgresServer.USERNAME,
                "DATABASE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        return Map.of(
                "fsync", Clients.queryString(env, "SHOW fsync"),
                "full_page_writes", Clients.queryString(env, "SHOW full_page_writes"),
                "synchronous_commit", Clients.queryString(env, "SHOW synchronous_commit"));
    }
}
