package io.evzone.session.chargers.persistence;

import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.chargers.application.KnownCharger;
import io.evzone.session.chargers.application.StationAssignment;
import io.evzone.session.shared.persistence.ChargerLocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcChargers implements Chargers {

    private final JdbcClient jdbc;

    JdbcChargers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = "charge_point_id, registry_id, organization_id, station_id, ocpp_version";

    @Override
    public Optional<KnownCharger> find(String chargePointId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM charger WHERE charge_point_id = :cp AND NOT deleted")
                .param("cp", chargePointId)
                .query(JdbcChargers::known)
                .optional();
    }

    @Override
    public Optional<KnownCharger> findByRegistryId(String registryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM charger WHERE registry_id = :id AND NOT deleted")
                .param("id", registryId)
                .query(JdbcChargers::known)
                .optional();
    }

    @Override
    public Map<String, String> registryIds(Collection<String> chargePointIds) {
        if (chargePointIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> ids = new HashMap<>();
        jdbc.sql("""
                        SELECT charge_point_id, registry_id FROM charger
                         WHERE charge_point_id IN (:cps) AND registry_id IS NOT NULL""")
                .param("cps", Set.copyOf(chargePointIds))
                .query((rs, n) -> ids.put(rs.getString("charge_point_id"), rs.getString("registry_id")))
                .list();
        return ids;
    }

    private static KnownCharger known(ResultSet rs, int row) throws SQLException {
        return new KnownCharger(
                rs.getString("charge_point_id"),
                rs.getString("registry_id"),
                rs.getString("organization_id"),
                rs.getString("station_id"),
                rs.getString("ocpp_version"));
    }

    @Override
    public void record(ChargerRegistered r) {
        Instant changedAt = r.changedAt() == null ? Instant.now() : r.changedAt();
        lockSessionsOf(r.ocppId());
        jdbc.sql("""
                        INSERT INTO charger (charge_point_id, organization_id, ocpp_version, deleted, changed_at)
                        VALUES (:cp, :org, :version, :deleted, :at)
                        ON CONFLICT (charge_point_id) DO UPDATE
                           SET organization_id = EXCLUDED.organization_id, ocpp_version = EXCLUDED.ocpp_version,
                               deleted = EXCLUDED.deleted, changed_at = EXCLUDED.changed_at
                         WHERE charger.changed_at <= EXCLUDED.changed_at""")
                .param("cp", r.ocppId())
                .param("org", r.organizationId())
                .param(
                        "version",
                        r.ocppVersion() == null ? null : r.ocppVersion().label())
                .param("deleted", r.deleted())
                .param("at", Timestamp.from(changedAt))
                .update();
        // Sessions may have started before the charger's registration reached this service.
        jdbc.sql("""
                        UPDATE charging_session SET organization_id = c.organization_id, updated_at = now()
                          FROM charger c
                         WHERE c.charge_point_id = :cp AND charging_session.charge_point_id = :cp
                           AND charging_session.organization_id IS NULL AND c.organization_id IS NOT NULL""").param("cp", r.ocppId()).update();
    }

    @Override
    public void record(StationAssignment a) {
        Instant at = a.at() == null ? Instant.now() : a.at();
        lockSessionsOf(a.chargePointId());
        // A charger first heard of here gets changed_at -infinity, so its ChargerRegistered always applies.
        jdbc.sql("""
                        INSERT INTO charger
                               (charge_point_id, registry_id, organization_id, station_id, station_changed_at, changed_at)
                        VALUES (:cp, :registry, :org, :station, :at, '-infinity')
                        ON CONFLICT (charge_point_id) DO UPDATE
                           SET station_id = EXCLUDED.station_id, station_changed_at = EXCLUDED.station_changed_at
                         WHERE charger.station_changed_at IS NULL
                            OR charger.station_changed_at <= EXCLUDED.station_changed_at""")
                .param("cp", a.chargePointId())
                .param("registry", a.registryId())
                .param("org", a.organizationId())
                .param("station", a.stationId())
                .param("at", Timestamp.from(at))
                .update();
        if (a.registryId() != null) {
            // The registry id of an OCPP identity is learned from any of these events, old or new.
            jdbc.sql("UPDATE charger SET registry_id = :registry WHERE charge_point_id = :cp")
                    .param("registry", a.registryId())
                    .param("cp", a.chargePointId())
                    .update();
        }
        // Sessions keep the station they started at; only those recorded without one learn it now.
        jdbc.sql("""
                        UPDATE charging_session SET station_id = c.station_id, updated_at = now()
                          FROM charger c
                         WHERE c.charge_point_id = :cp AND charging_session.charge_point_id = :cp
                           AND charging_session.station_id IS NULL AND c.station_id IS NOT NULL""").param("cp", a.chargePointId()).update();
    }

    private void lockSessionsOf(String chargePointId) {
        ChargerLocks.lock(jdbc, List.of(chargePointId));
    }
}
