package io.evzone.auth.device.persistence;

import static io.evzone.auth.shared.persistence.Sql.timestamp;

import io.evzone.auth.device.domain.Device;
import io.evzone.auth.device.domain.KnownDevices;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devices in {@code known_device}, one row per user and fingerprint. */
@Repository
public class JdbcKnownDevices implements KnownDevices {

    private final JdbcClient jdbc;

    public JdbcKnownDevices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean anyOf(UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM known_device WHERE user_id = ?)")
                .param(userId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean remember(UUID userId, Device device, Instant at) {
        // xmax is 0 on a row this statement inserted, and the updating transaction's id on one it updated.
        return jdbc.sql("""
                        INSERT INTO known_device (user_id, fingerprint, user_agent, ip, first_seen_at, last_seen_at)
                        VALUES (:userId, :fingerprint, :userAgent, :ip, :at, :at)
                        ON CONFLICT (user_id, fingerprint) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at
                        RETURNING xmax = 0""")
                .param("userId", userId)
                .param("fingerprint", device.fingerprint())
                .param("userAgent", device.userAgent())
                .param("ip", device.ip())
                .param("at", timestamp(at))
                .query(Boolean.class)
                .single();
    }
}
