package io.evzone.gateway.registry;

import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.RegistrationStatus;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chargers the station service registered: kept in the gateway's own table and mirrored in
 * memory, so a handshake never waits for the database.
 */
@Component
public class ChargerRecords {

    private final JdbcClient jdbc;
    private final Map<String, ChargerRecord> byId = new ConcurrentHashMap<>();

    public ChargerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("SELECT * FROM charger_credential")
                .query((rs, n) -> new ChargerRecord(
                        rs.getString("charge_point_id"),
                        rs.getString("organization_id"),
                        rs.getInt("security_profile"),
                        rs.getString("password_hash"),
                        RegistrationStatus.valueOf(rs.getString("registration")),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("heartbeat_interval_seconds", Integer.class)))
                .list()
                .forEach(record -> byId.put(key(record.chargePointId()), record));
    }

    /** OCPP 2.0.1 Part 4 §3.1.1: the identity is case-insensitive. */
    private static String key(String chargePointId) {
        return chargePointId.toLowerCase(java.util.Locale.ROOT);
    }

    public Optional<ChargerRecord> find(String chargePointId) {
        return Optional.ofNullable(byId.get(key(chargePointId)));
    }

    /**
     * Applies a registration in the caller's transaction. Older news than what is stored is ignored.
     *
     * @return true when it changed what is stored
     */
    public boolean apply(ChargerRegistered event) {
        ChargerRecord current = byId.get(key(event.chargePointId()));
        if (current != null && event.changedAt() != null && event.changedAt().isBefore(current.changedAt())) {
            return false;
        }
        if (event.deleted()) {
            jdbc.sql("DELETE FROM charger_credential WHERE charge_point_id = :id")
                    .param("id", event.chargePointId())
                    .update();
            byId.remove(key(event.chargePointId()));
            return true;
        }
        ChargerRecord record = new ChargerRecord(
                event.chargePointId(),
                event.organizationId(),
                event.securityProfile(),
                event.passwordHash(),
                event.registration() == null ? RegistrationStatus.ACCEPTED : event.registration(),
                event.changedAt() == null ? java.time.Instant.now() : event.changedAt(),
                event.heartbeatIntervalSeconds());
        jdbc.sql("""
                        INSERT INTO charger_credential (charge_point_id, organization_id, ocpp_version, security_profile,
                            password_hash, registration, changed_at, heartbeat_interval_seconds, updated_at)
                        VALUES (:id, :org, :version, :profile, :hash, :registration, :changedAt, :interval, now())
                        ON CONFLICT (charge_point_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                            ocpp_version = EXCLUDED.ocpp_version, security_profile = EXCLUDED.security_profile,
                            password_hash = EXCLUDED.password_hash, registration = EXCLUDED.registration,
                            changed_at = EXCLUDED.changed_at,
                            heartbeat_interval_seconds = EXCLUDED.heartbeat_interval_seconds, updated_at = now()""")
                .param("id", record.chargePointId())
                .param("org", record.organizationId())
                .param(
                        "version",
                        event.ocppVersion() == null ? null : event.ocppVersion().name())
                .param("profile", record.securityProfile())
                .param("hash", record.passwordHash())
                .param("registration", record.registration().name())
                .param("changedAt", Timestamp.from(record.changedAt()))
                .param("interval", record.heartbeatIntervalSeconds(), Types.INTEGER)
                .update();
        byId.put(key(record.chargePointId()), record);
        return true;
    }
}
