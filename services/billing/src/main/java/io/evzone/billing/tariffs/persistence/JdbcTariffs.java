package io.evzone.billing.tariffs.persistence;

import io.evzone.billing.tariffs.domain.OrganizationScope;
import io.evzone.billing.tariffs.domain.Tariff;
import io.evzone.billing.tariffs.domain.TariffDetails;
import io.evzone.billing.tariffs.domain.TariffStatus;
import io.evzone.billing.tariffs.domain.Tariffs;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tariffs in the {@code tariff} table. */
@Repository
class JdbcTariffs implements Tariffs {

    private final JdbcClient jdbc;
    private final TariffJson json;

    JdbcTariffs(JdbcClient jdbc, TariffJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Tariff> byId(UUID id, OrganizationScope scope) {
        return jdbc.sql("SELECT * FROM tariff WHERE id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .filter(t -> scope.includes(t.organizationId()));
    }

    @Override
    public List<Tariff> list(OrganizationScope scope, TariffStatus status, int limit, int offset) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (!scope.everything()) {
            where.append(" AND organization_id = :organizationId");
            params.put("organizationId", scope.organizationId());
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("SELECT * FROM tariff WHERE " + where + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(this::map)
                .list();
    }

    @Override
    public List<Tariff> inUse(String organizationId) {
        return jdbc.sql("SELECT * FROM tariff WHERE organization_id = :org AND status IN ('ACTIVE', 'ARCHIVED')")
                .param("org", organizationId)
                .query(this::map)
                .list();
    }

    @Override
    public void add(Tariff tariff) {
        jdbc.sql("""
                        INSERT INTO tariff (id, organization_id, version, previous_version_id, status, name, description,
                            currency, terms, assignments, effective_from, effective_to, created_at, updated_at)
                        VALUES (:id, :organizationId, :version, :previousVersionId, :status, :name, :description,
                            :currency, CAST(:terms AS jsonb), CAST(:assignments AS jsonb), :effectiveFrom, :effectiveTo,
                            :createdAt, :updatedAt)""").params(params(tariff)).update();
    }

    @Override
    public void update(Tariff tariff) {
        jdbc.sql("""
                        UPDATE tariff SET status = :status, name = :name, description = :description,
                            currency = :currency, terms = CAST(:terms AS jsonb), assignments = CAST(:assignments AS jsonb),
                            effective_from = :effectiveFrom, effective_to = :effectiveTo, updated_at = :updatedAt
                        WHERE id = :id""").params(params(tariff)).update();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM tariff WHERE id = :id").param("id", id).update();
    }

    private Map<String, Object> params(Tariff tariff) {
        TariffDetails details = tariff.details();
        Map<String, Object> params = new HashMap<>();
        params.put("id", tariff.id());
        params.put("organizationId", tariff.organizationId());
        params.put("version", tariff.version());
        params.put("previousVersionId", tariff.previousVersionId());
        params.put("status", tariff.status().name());
        params.put("name", details.name());
        params.put("description", details.description());
        params.put("currency", details.terms().currency().code());
        params.put("terms", json.write(details.terms()));
        params.put("assignments", json.write(details.assignments()));
        params.put("effectiveFrom", timestamp(details.effectiveFrom()));
        params.put("effectiveTo", timestamp(details.effectiveTo()));
        params.put("createdAt", timestamp(tariff.createdAt()));
        params.put("updatedAt", timestamp(tariff.updatedAt()));
        return params;
    }

    private Tariff map(ResultSet rs, int row) throws SQLException {
        TariffDetails details = new TariffDetails(
                rs.getString("name"),
                rs.getString("description"),
                json.terms(rs.getString("terms")),
                instant(rs, "effective_from"),
                instant(rs, "effective_to"),
                json.assignments(rs.getString("assignments")));
        return new Tariff(
                rs.getObject("id", UUID.class),
                rs.getString("organization_id"),
                rs.getInt("version"),
                rs.getObject("previous_version_id", UUID.class),
                TariffStatus.valueOf(rs.getString("status")),
                details,
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
