package io.evzone.gateway.registry;

import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.RegistrationStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chargers the station service registered: kept in the gateway's own table and mirrored in
 * memory, so a handshake never waits for the database.
 *
 * <p>OCPP 2.0.1 Part 4 §3.1.1: the identity is case-insensitive, so memory holds one record per folded identity
 * ({@link ChargerIdentity#fold}). The station refuses a second spelling of a registered identity; should one
 * still arrive (older data, or a delete and a re-registration under another spelling read out of order), the
 * spelling registered first keeps the identity, a delete removes only the spelling it names, and a spelling
 * still stored takes over when the one in force is deleted. A delete never leaves a registered charger without
 * its credentials.
 */
@Component
public class ChargerRecords {

    private static final Logger log = LoggerFactory.getLogger(ChargerRecords.class);

    private final JdbcClient jdbc;
    private final Map<String, ChargerRecord> byId = new ConcurrentHashMap<>();

    public ChargerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("SELECT * FROM charger_credential ORDER BY changed_at, charge_point_id")
                .query(ChargerRecords::map)
                .list()
                .forEach(record -> byId.putIfAbsent(key(record.chargePointId()), record));
    }

    private static String key(String chargePointId) {
        return ChargerIdentity.fold(chargePointId);
    }

    public Optional<ChargerRecord> find(String chargePointId) {
        return Optional.ofNullable(byId.get(key(chargePointId)));
    }

    /**
     * Applies a registration in the caller's transaction. Older news than what is stored is ignored.
     *
     * @return true when it changed the record in force for the identity
     */
    public boolean apply(ChargerRegistered event) {
        String key = key(event.ocppId());
        ChargerRecord current = byId.get(key);
        boolean inForce = current == null || current.chargePointId().equals(event.ocppId());
        if (inForce
                && current != null
                && event.changedAt() != null
                && event.changedAt().isBefore(current.changedAt())) {
            return false;
        }
        if (event.deleted()) {
            jdbc.sql("DELETE FROM charger_credential WHERE charge_point_id = :id")
                    .param("id", event.ocppId())
                    .update();
            if (!inForce || current == null) {
                return false;
            }
            byId.remove(key);
            stored(key).ifPresent(other -> byId.put(key, other));
            return true;
        }
        ChargerRecord record = new ChargerRecord(
                event.ocppId(),
                event.organizationId(),
                event.securityProfile(),
                event.passwordHash(),
                event.registration() == null ? RegistrationStatus.ACCEPTED : event.registration(),
                event.changedAt() == null ? Instant.now() : event.changedAt(),
                event.heartbeatIntervalSeconds(),
                event.pendingPasswordHash());
        store(record, event);
        if (!inForce) {
            log.warn(
                    "Registration of {} stored but not in force: {} holds the identity",
                    record.chargePointId(),
                    current.chargePointId());
            return false;
        }
        byId.put(key, record);
        return true;
    }

    private Optional<ChargerRecord> stored(String key) {
        return jdbc.sql("""
                        SELECT * FROM charger_credential WHERE lower(charge_point_id) = :key
                        ORDER BY changed_at, charge_point_id LIMIT 1""").param("key", key).query(ChargerRecords::map).optional();
    }

    private void store(ChargerRecord record, ChargerRegistered event) {
        jdbc.sql("""
                        INSERT INTO charger_credential (charge_point_id, organization_id, ocpp_version, security_profile,
                            password_hash, registration, changed_at, heartbeat_interval_seconds, pending_password_hash, updated_at)
                        VALUES (:id, :org, :version, :profile, :hash, :registration, :changedAt, :interval, :pending, now())
                        ON CONFLICT (charge_point_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                            ocpp_version = EXCLUDED.ocpp_version, security_profile = EXCLUDED.security_profile,
                            password_hash = EXCLUDED.password_hash, registration = EXCLUDED.registration,
                            changed_at = EXCLUDED.changed_at,
                            heartbeat_interval_seconds = EXCLUDED.heartbeat_interval_seconds,
                            pending_password_hash = EXCLUDED.pending_password_hash, updated_at = now()
                        WHERE charger_credential.changed_at <= EXCLUDED.changed_at""")
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
                .param("pending", record.pendingPasswordHash())
                .update();
    }

    private static ChargerRecord map(ResultSet rs, int row) throws SQLException {
        return new ChargerRecord(
                rs.getString("charge_point_id"),
                rs.getString("organization_id"),
                rs.getInt("security_profile"),
                rs.getString("password_hash"),
                RegistrationStatus.valueOf(rs.getString("registration")),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getObject("heartbeat_interval_seconds", Integer.class),
                rs.getString("pending_password_hash"));
    }
}
