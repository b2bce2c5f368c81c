package io.evzone.station.sites.persistence;

import static io.evzone.station.shared.persistence.Sql.array;
import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.nullableDouble;
import static io.evzone.station.shared.persistence.Sql.nullableInt;
import static io.evzone.station.shared.persistence.Sql.timestamp;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.station.shared.domain.Availability;
import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.shared.persistence.ConnectorStates;
import io.evzone.station.shared.persistence.Sql;
import io.evzone.station.sites.domain.Site;
import io.evzone.station.sites.domain.SiteStats;
import io.evzone.station.sites.domain.Sites;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites in the {@code site} table. */
@Repository
public class JdbcSites implements Sites {

    private final JdbcClient jdbc;

    public JdbcSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Site> byId(UUID id, OrganizationScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT * FROM site WHERE id = :id AND " + Sql.scope("organization_id", scope, params))
                .params(params)
                .query(JdbcSites::map)
                .optional();
    }

    @Override
    public List<Site> list(OrganizationScope scope, String organizationId, String query, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Sql.scope("organization_id", scope, params));
        if (organizationId != null && !organizationId.isBlank()) {
            where.append(" AND organization_id = :organizationId");
            params.put("organizationId", organizationId);
        }
        if (query != null && !query.isBlank()) {
            where.append(" AND (name ILIKE :pattern OR city ILIKE :pattern OR address ILIKE :pattern)");
            params.put("pattern", Sql.containsPattern(query.strip()));
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT * FROM site WHERE " + where + " ORDER BY lower(name), id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcSites::map)
                .list();
    }

    @Override
    public void add(Site site) {
        jdbc.sql("""
                        INSERT INTO site (id, organization_id, name, address, city, country, latitude, longitude,
                            time_zone, power_capacity_kw, parking_bays, amenities, photos, opening_hours,
                            created_at, updated_at)
                        VALUES (:id, :organizationId, :name, :address, :city, :country, :latitude, :longitude,
                            :timeZone, :powerCapacityKw, :parkingBays, :amenities, :photos, :openingHours,
                            :createdAt, :updatedAt)""").params(params(site)).update();
    }

    @Override
    public void update(Site site) {
        jdbc.sql("""
                        UPDATE site SET name = :name, address = :address, city = :city, country = :country,
                            latitude = :latitude, longitude = :longitude, time_zone = :timeZone,
                            power_capacity_kw = :powerCapacityKw, parking_bays = :parkingBays,
                            amenities = :amenities, photos = :photos, opening_hours = :openingHours,
                            updated_at = :updatedAt
                        WHERE id = :id""").params(params(site)).update();
    }

    @Override
    public void delete(Site site) {
        try {
            jdbc.sql("DELETE FROM site WHERE id = :id").param("id", site.id()).update();
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("Site " + site.id() + " still has stations; move or delete them first");
        }
    }

    @Override
    public SiteStats stats(Site site) {
        var counts = jdbc.sql("""
                        SELECT count(DISTINCT s.id) AS stations, count(DISTINCT cp.id) AS charge_points,
                            count(DISTINCT cp.id) FILTER (WHERE cp.online) AS online
                        FROM station s LEFT JOIN charge_point cp ON cp.station_id = s.id
                        WHERE s.site_id = :site""")
                .param("site", site.id())
                .query((rs, n) -> new int[] {rs.getInt("stations"), rs.getInt("charge_points"), rs.getInt("online")})
                .single();
        var connectors = jdbc.sql("SELECT " + ConnectorStates.COLUMNS + ", c.max_power_kw FROM connector c"
                        + " JOIN charge_point cp ON cp.id = c.charge_point_id"
                        + " JOIN station s ON s.id = cp.station_id WHERE s.site_id = :site")
                .param("site", site.id())
                .query((rs, n) -> new PoweredConnector(
                        ConnectorStates.map(rs),
                        Optional.ofNullable(rs.getBigDecimal("max_power_kw")).orElse(BigDecimal.ZERO)))
                .list();
        return new SiteStats(
                site.id(),
                counts[0],
                counts[1],
                counts[2],
                Availability.of(connectors.stream().map(PoweredConnector::state).toList()),
                connectors.stream().map(PoweredConnector::powerKw).reduce(BigDecimal.ZERO, BigDecimal::add),
                site.powerCapacityKw());
    }

    private record PoweredConnector(io.evzone.station.shared.domain.ConnectorState state, BigDecimal powerKw) {}

    private static Map<String, Object> params(Site site) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", site.id());
        params.put("organizationId", site.organizationId());
        params.put("name", site.name());
        params.put("address", site.address());
        params.put("city", site.city());
        params.put("country", site.country());
        params.put(
                "latitude",
                site.coordinates() == null ? null : site.coordinates().latitude());
        params.put(
                "longitude",
                site.coordinates() == null ? null : site.coordinates().longitude());
        params.put("timeZone", site.timeZone());
        params.put("powerCapacityKw", site.powerCapacityKw());
        params.put("parkingBays", site.parkingBays());
        params.put("amenities", array(site.amenities()));
        params.put("photos", array(site.photos()));
        params.put("openingHours", site.openingHours());
        params.put("createdAt", timestamp(site.createdAt()));
        params.put("updatedAt", timestamp(site.updatedAt()));
        return params;
    }

    private static Site map(ResultSet rs, int row) throws SQLException {
        return new Site(
                uuid(rs, "id"),
                rs.getString("organization_id"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("city"),
                rs.getString("country"),
                Coordinates.ofNullable(nullableDouble(rs, "latitude"), nullableDouble(rs, "longitude")),
                rs.getString("time_zone"),
                rs.getBigDecimal("power_capacity_kw"),
                nullableInt(rs, "parking_bays"),
                Sql.list(rs, "amenities"),
                Sql.list(rs, "photos"),
                rs.getString("opening_hours"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}
