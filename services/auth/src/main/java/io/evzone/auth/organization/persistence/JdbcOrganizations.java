package io.evzone.auth.organization.persistence;

import static io.evzone.auth.shared.persistence.Sql.instant;
import static io.evzone.auth.shared.persistence.Sql.timestamp;
import static io.evzone.auth.shared.persistence.Sql.uuid;

import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.OrganizationStatus;
import io.evzone.auth.organization.domain.OrganizationType;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.shared.persistence.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations in the {@code organization} table. */
@Repository
public class JdbcOrganizations implements Organizations {

    private static final String NAME_TAKEN = "An organization with this name already exists";

    private final JdbcClient jdbc;

    public JdbcOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organization> byId(UUID id) {
        return jdbc.sql("SELECT * FROM organization WHERE id = :id")
                .param("id", id)
                .query(JdbcOrganizations::map)
                .optional();
    }

    @Override
    public void add(Organization organization) {
        try {
            jdbc.sql("""
                            INSERT INTO organization (id, name, type, status, created_at, updated_at)
                            VALUES (:id, :name, :type, :status, :createdAt, :createdAt)""")
                    .param("id", organization.id())
                    .param("name", organization.name())
                    .param("type", organization.type().name())
                    .param("status", organization.status().name())
                    .param("createdAt", timestamp(organization.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(NAME_TAKEN);
        }
    }

    @Override
    public void update(Organization organization) {
        try {
            jdbc.sql(
                            "UPDATE organization SET name = :name, type = :type, status = :status, updated_at = now() WHERE id = :id")
                    .param("id", organization.id())
                    .param("name", organization.name())
                    .param("type", organization.type().name())
                    .param("status", organization.status().name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(NAME_TAKEN);
        }
    }

    @Override
    public List<Organization> list(String query, OrganizationStatus status, UUID memberId, int limit, int offset) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query != null && !query.isBlank()) {
            conditions.add("o.name ILIKE :pattern");
            params.put("pattern", Sql.containsPattern(query.trim()));
        }
        if (status != null) {
            conditions.add("o.status = :status");
            params.put("status", status.name());
        }
        if (memberId != null) {
            conditions.add("o.id IN (SELECT m.organization_id FROM membership m WHERE m.user_id = :memberId)");
            params.put("memberId", memberId);
        }
        params.put("limit", limit);
        params.put("offset", offset);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT o.* FROM organization o" + where
                        + " ORDER BY lower(o.name), o.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcOrganizations::map)
                .list();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                uuid(rs, "id"),
                rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")),
                OrganizationStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"));
    }
}
