package io.evzone.station.stations.persistence;

import static io.evzone.station.shared.persistence.Sql.array;
import static io.evzone.station.shared.persistence.Sql.instant;
import static io.evzone.station.shared.persistence.Sql.nullableLong;
import static io.evzone.station.shared.persistence.Sql.timestamp;
import static io.evzone.station.shared.persistence.Sql.uuid;

import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.shared.persistence.Sql;
import io.evzone.station.stations.domain.Equipment;
import io.evzone.station.stations.domain.Station;
import io.evzone.station.stations.domain.StationAudience;
import io.evzone.station.stations.domain.StationSearch;
import io.evzone.station.stations.domain.StationStats;
import io.evzone.station.stations.domain.StationStatus;
import io.evzone.station.stations.domain.StationType;
import io.evzone.station.stations.domain.Stations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations in the {@code station} table; their equipment from {@code charge_point} and {@code connector}. */
@Repository
public class JdbcStations implements Stations {

    /**
     * Great-circle distance in km from (:lat, :lng) by the haversine formula, in plain SQL: accurate
     * to well under 0.5% for the radii a driver searches, and needs no PostGIS. Candidates are first
     * narrowed by a latitude band, which the {@code station_latitude} index serves.
     */
    private static final String DISTANCE_KM = "2 * 6371.0088 * asin(least(1, sqrt("
            + "power(sin(radians(s.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - :lng) / 2), 2))))";

    private static final double KM_PER_DEGREE_OF_LATITUDE = 110.57;

    private final JdbcClient jdbc;
    private final EquipmentReader equipment;

    public JdbcStations(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.equipment = new EquipmentReader(jdbc);
    }

    @Override
    public Optional<Station> byId(UUID id, OrganizationScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return jdbc.sql("SELECT * FROM station s WHERE s.id = :id AND " + Sql.scope("s.organization_id", scope, params))
                .params(params)
                .query(JdbcStations::map)
                .optional();
    }

    @Override
    public Optional<Station> byId(UUID id) {
        return jdbc.sql("SELECT * FROM station WHERE id = :id")
                .param("id", id)
                .query(JdbcStations::map)
                .optional();
    }

    @Override
    public List<Station> search(StationSearch search) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(visible(search.audience(), params));
        if (search.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", search.status().name());
        }
        if (search.organizationId() != null && !search.organizationId().isBlank()) {
            where.append(" AND s.organization_id = :organizationId");
            params.put("organizationId", search.organizationId());
        }
        if (search.query() != null && !search.query().isBlank()) {
            where.append(" AND (s.name ILIKE :pattern OR s.code ILIKE :pattern OR s.address ILIKE :pattern)");
            params.put("pattern", Sql.containsPattern(search.query().strip()));
        }
        if (search.box() != null) {
            var box = search.box();
            where.append(" AND s.latitude BETWEEN :south AND :north AND ")
                    .append(
                            box.crossesAntimeridian()
                                    ? "(s.longitude >= :west OR s.longitude <= :east)"
                                    : "s.longitude BETWEEN :west AND :east");
            params.putAll(Map.of("north", box.north(), "south", box.south(), "east", box.east(), "west", box.west()));
        }
        params.put("limit", search.limit());
        params.put("offset", search.offset());
        return jdbc.sql("SELECT s.* FROM station s WHERE " + where
                        + " ORDER BY s.created_at, s.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcStations::map)
                .list();
    }

    @Override
    public List<Located> nearby(StationAudience audience, Coordinates center, double radiusKm, int limit) {
        Map<String, Object> params = new HashMap<>();
        String visible = visible(audience, params);
        double band = radiusKm / KM_PER_DEGREE_OF_LATITUDE;
        params.put("lat", center.latitude());
        params.put("lng", center.longitude());
        params.put("minLat", center.latitude() - band);
        params.put("maxLat", center.latitude() + band);
        params.put("radius", radiusKm);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM (SELECT s.*, " + DISTANCE_KM + " AS distance_km FROM station s WHERE "
                        + visible + " AND s.latitude BETWEEN :minLat AND :maxLat) d"
                        + " WHERE d.distance_km <= :radius ORDER BY d.distance_km, d.id LIMIT :limit")
                .params(params)
                .query((rs, n) -> new Located(map(rs, n), rs.getDouble("distance_km")))
                .list();
    }

    @Override
    public void add(Station station) {
        try {
            jdbc.sql("""
                            INSERT INTO station (id, organization_id, site_id, code, name, address, latitude, longitude,
                                status, type, price_minor, booking_fee, currency, amenities, images, phone, open_24_7,
                                time_zone, created_at, updated_at)
                            VALUES (:id, :organizationId, :siteId, :code, :name, :address, :latitude, :longitude,
                                :status, :type, :price, :bookingFee, :currency, :amenities, :images, :phone, :open247,
                                :timeZone, :createdAt, :updatedAt)""").params(params(station)).update();
        } catch (DuplicateKeyException e) {
            throw codeTaken(station);
        }
    }

    @Override
    public void update(Station station) {
        try {
            jdbc.sql("""
                            UPDATE station SET site_id = :siteId, code = :code, name = :name, address = :address,
                                latitude = :latitude, longitude = :longitude, status = :status, type = :type,
                                price_minor = :price, booking_fee = :bookingFee, currency = :currency,
                                amenities = :amenities, images = :images, phone = :phone, open_24_7 = :open247,
                                time_zone = :timeZone, updated_at = :updatedAt
                            WHERE id = :id""").params(params(station)).update();
        } catch (DuplicateKeyException e) {
            throw codeTaken(station);
        }
    }

    @Override
    public void delete(Station station) {
        try {
            jdbc.sql("DELETE FROM station WHERE id = :id")
                    .param("id", station.id())
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict(
                    "Station " + station.id() + " still has charge points; move or delete them first");
        }
    }

    @Override
    public Map<UUID, Equipment> equipment(Collection<UUID> stationIds) {
        return equipment.of(stationIds);
    }

    @Override
    public StationStats stats(UUID stationId) {
        return equipment.stats(stationId);
    }

    private static String visible(StationAudience audience, Map<String, Object> params) {
        return audience.operator()
                ? Sql.scope("s.organization_id", audience.scope(), params)
                : "s.status = '" + StationStatus.ACTIVE.name() + "'";
    }

    private static DomainException codeTaken(Station station) {
        return DomainException.conflict(
                "A station with code '" + station.code() + "' already exists in the organization");
    }

    private static Map<String, Object> params(Station s) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", s.id());
        params.put("organizationId", s.organizationId());
        params.put("siteId", s.siteId());
        params.put("code", s.code());
        params.put("name", s.name());
        params.put("address", s.address());
        params.put("latitude", s.coordinates().latitude());
        params.put("longitude", s.coordinates().longitude());
        params.put("status", s.status().name());
        params.put("type", s.type().name());
        params.put("price", s.price());
        params.put("bookingFee", s.bookingFee());
        params.put("currency", s.currency());
        params.put("amenities", array(s.amenities()));
        params.put("images", array(s.images()));
        params.put("phone", s.phone());
        params.put("open247", s.open247());
        params.put("timeZone", s.timeZone());
        params.put("createdAt", timestamp(s.createdAt()));
        params.put("updatedAt", timestamp(s.updatedAt()));
        return params;
    }

    static Station map(ResultSet rs, int row) throws SQLException {
        return new Station(
                uuid(rs, "id"),
                rs.getString("organization_id"),
                uuid(rs, "site_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("address"),
                new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")),
                StationStatus.valueOf(rs.getString("status")),
                StationType.valueOf(rs.getString("type")),
                nullableLong(rs, "price_minor"),
                nullableLong(rs, "booking_fee"),
                rs.getString("currency"),
                Sql.list(rs, "amenities"),
                Sql.list(rs, "images"),
                rs.getString("phone"),
                rs.getBoolean("open_24_7"),
                rs.getString("time_zone"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}
