package io.evzone.auth.organization.persistence;

import static io.evzone.auth.shared.persistence.Sql.instant;
import static io.evzone.auth.shared.persistence.Sql.timestamp;
import static io.evzone.auth.shared.persistence.Sql.uuid;

import io.evzone.auth.organization.domain.Member;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.organization.domain.MembershipDetails;
import io.evzone.auth.organization.domain.MembershipStatus;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.OrganizationStatus;
import io.evzone.auth.shared.domain.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships in the {@code membership} table, joined with organizations and accounts for views. */
@Repository
public class JdbcMemberships implements Memberships {

    private final JdbcClient jdbc;

    public JdbcMemberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String DETAILS = """
            SELECT m.user_id, m.organization_id, o.name, o.status AS organization_status, m.role, m.status, m.created_at
            FROM membership m JOIN organization o ON o.id = m.organization_id
            """;

    @Override
    public List<MembershipDetails> ofUser(UUID userId) {
        return jdbc.sql(DETAILS + " WHERE m.user_id = :userId ORDER BY m.created_at, m.organization_id")
                .param("userId", userId)
                .query(JdbcMemberships::details)
                .list();
    }

    @Override
    public Map<UUID, List<MembershipDetails>> ofUsers(Collection<UUID> userIds) {
        Map<UUID, List<MembershipDetails>> byUser = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        jdbc.sql(DETAILS + " WHERE m.user_id IN (:userIds) ORDER BY m.created_at, m.organization_id")
                .param("userIds", userIds)
                .query((ResultSet rs) -> {
                    byUser.computeIfAbsent(uuid(rs, "user_id"), id -> new java.util.ArrayList<>())
                            .add(details(rs, 0));
                });
        return byUser;
    }

    private static MembershipDetails details(ResultSet rs, int row) throws SQLException {
        return new MembershipDetails(
                uuid(rs, "organization_id"),
                rs.getString("name"),
                OrganizationStatus.valueOf(rs.getString("organization_status")),
                rs.getString("role"),
                MembershipStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"));
    }

    @Override
    public Optional<Membership> find(UUID userId, UUID organizationId) {
        return jdbc.sql("SELECT * FROM membership WHERE user_id = :userId AND organization_id = :orgId")
                .param("userId", userId)
                .param("orgId", organizationId)
                .query((rs, n) -> new Membership(
                        uuid(rs, "user_id"),
                        uuid(rs, "organization_id"),
                        rs.getString("role"),
                        MembershipStatus.valueOf(rs.getString("status")),
                        instant(rs, "created_at")))
                .optional();
    }

    @Override
    public void add(Membership membership) {
        try {
            jdbc.sql("""
                            INSERT INTO membership (user_id, organization_id, role, status, created_at, updated_at)
                            VALUES (:userId, :orgId, :role, :status, :createdAt, :createdAt)""")
                    .param("userId", membership.userId())
                    .param("orgId", membership.organizationId())
                    .param("role", membership.role())
                    .param("status", membership.status().name())
                    .param("createdAt", timestamp(membership.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("The user is already a member of this organization");
        }
    }

    @Override
    public void update(Membership membership) {
        jdbc.sql("""
                        UPDATE membership SET role = :role, status = :status, updated_at = now()
                        WHERE user_id = :userId AND organization_id = :orgId""")
                .param("userId", membership.userId())
                .param("orgId", membership.organizationId())
                .param("role", membership.role())
                .param("status", membership.status().name())
                .update();
    }

    @Override
    public void remove(UUID userId, UUID organizationId) {
        jdbc.sql("DELETE FROM membership WHERE user_id = :userId AND organization_id = :orgId")
                .param("userId", userId)
                .param("orgId", organizationId)
                .update();
    }

    @Override
    public void removeAllOf(UUID userId) {
        jdbc.sql("DELETE FROM membership WHERE user_id = :userId")
                .param("userId", userId)
                .update();
    }

    @Override
    public List<Member> ofOrganization(UUID organizationId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT u.id, u.email, u.phone, u.name, u.status AS user_status, m.role, m.status, m.created_at
                        FROM membership m JOIN user_account u ON u.id = m.user_id
                        WHERE m.organization_id = :orgId AND (m.status <> 'INVITED' OR u.status = 'INVITED')
                        ORDER BY m.created_at, u.id LIMIT :limit OFFSET :offset""")
                .param("orgId", organizationId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Member(
                        uuid(rs, "id"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("name"),
                        rs.getString("user_status"),
                        rs.getString("role"),
                        MembershipStatus.valueOf(rs.getString("status")),
                        instant(rs, "created_at")))
                .list();
    }

    @Override
    public long countActive(UUID organizationId, String role) {
        return jdbc.sql("""
                        SELECT count(*) FROM membership m JOIN user_account u ON u.id = m.user_id
                        WHERE m.organization_id = :orgId AND m.role = :role AND m.status = 'ACTIVE' AND u.status = 'ACTIVE'""")
                .param("orgId", organizationId)
                .param("role", role)
                .query(Long.class)
                .single();
    }
}
