package io.evzone.billing.pricing.persistence;

import io.evzone.billing.pricing.domain.BillingStation;
import io.evzone.billing.pricing.domain.BillingStations;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The station projection in {@code billing_station}; an older fact arriving late changes nothing. */
@Repository
class JdbcBillingStations implements BillingStations {

    private final JdbcClient jdbc;

    JdbcBillingStations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BillingStation> byId(String stationId) {
        return jdbc.sql("SELECT * FROM billing_station WHERE station_id = :id")
                .param("id", stationId)
                .query((rs, row) -> new BillingStation(
                        rs.getString("station_id"),
                        rs.getString("organization_id"),
                        rs.getString("site_id"),
                        BillingStation.zoneOf(rs.getString("time_zone")),
                        JdbcPricedSessions.instant(rs, "changed_at")))
                .optional();
    }

    @Override
    public void record(BillingStation station) {
        jdbc.sql("""
                        INSERT INTO billing_station (station_id, organization_id, site_id, time_zone, changed_at)
                        VALUES (:id, :org, :site, :zone, :at)
                        ON CONFLICT (station_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                            site_id = EXCLUDED.site_id, time_zone = EXCLUDED.time_zone,
                            changed_at = EXCLUDED.changed_at
                        WHERE billing_station.changed_at <= EXCLUDED.changed_at""")
                .param("id", station.stationId())
                .param("org", station.organizationId())
                .param("site", station.siteId())
                .param(
                        "zone",
                        station.timeZone() == null ? null : station.timeZone().getId())
                .param("at", JdbcPricedSessions.timestamp(station.changedAt()))
                .update();
    }

    @Override
    public void remove(String stationId) {
        jdbc.sql("DELETE FROM billing_station WHERE station_id = :id")
                .param("id", stationId)
                .update();
    }
}
