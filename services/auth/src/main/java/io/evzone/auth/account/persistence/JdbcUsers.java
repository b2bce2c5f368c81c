package io.evzone.auth.account.persistence;

import static io.evzone.auth.shared.persistence.Sql.instant;
import static io.evzone.auth.shared.persistence.Sql.timestamp;
import static io.evzone.auth.shared.persistence.Sql.uuid;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.account.domain.UserSearch;
import io.evzone.auth.account.domain.UserStatus;
import io.evzone.auth.account.domain.Users;
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

/** Accounts in the {@code user_account} table. */
@Repository
public class JdbcUsers implements Users {

    static final String COLUMNS = """
            u.id, u.email, u.phone, u.name, u.country, u.status, u.password_hash, u.platform_admin,
            u.must_change_password, u.two_factor_enabled, u.email_verified_at, u.last_organization_id,
            u.created_at, u.last_login_at""";

    private final JdbcClient jdbc;

    public JdbcUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM user_account u WHERE u.id = :id")
                .param("id", id)
                .query(JdbcUsers::map)
                .optional();
    }

    @Override
    public Optional<User> byEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM user_account u WHERE u.email = :email")
                .param("email", email)
                .query(JdbcUsers::map)
                .optional();
    }

    @Override
    public Optional<User> byPhone(String phone) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM user_account u WHERE u.phone = :phone")
                .param("phone", phone)
                .query(JdbcUsers::map)
                .optional();
    }

    @Override
    public void add(User user) {
        try {
            jdbc.sql("""
                            INSERT INTO user_account (id, email, phone, name, country, status, password_hash, platform_admin,
                                must_change_password, two_factor_enabled, email_verified_at, last_organization_id,
                                created_at, updated_at, last_login_at)
                            VALUES (:id, :email, :phone, :name, :country, :status, :passwordHash, :platformAdmin,
                                :mustChangePassword, :twoFactorEnabled, :emailVerifiedAt, :lastOrganizationId,
                                :createdAt, :createdAt, :lastLoginAt)""").paramSource(params(user)).update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("An account with this email address or phone number already exists");
        }
    }

    @Override
    public void update(User user) {
        try {
            jdbc.sql("""
                            UPDATE user_account SET email = :email, phone = :phone, name = :name, country = :country,
                                status = :status, password_hash = :passwordHash, platform_admin = :platformAdmin,
                                must_change_password = :mustChangePassword, two_factor_enabled = :twoFactorEnabled,
                                email_verified_at = :emailVerifiedAt, last_organization_id = :lastOrganizationId,
                                last_login_at = :lastLoginAt, updated_at = now()
                            WHERE id = :id""").paramSource(params(user)).update();
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("Another account already uses this email address or phone number");
        }
    }

    @Override
    public List<User> search(UserSearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("u.status <> 'INACTIVE'");
        if (search.q() != null && !search.q().isBlank()) {
            conditions.add("(u.name ILIKE :pattern OR u.email ILIKE :pattern OR u.phone ILIKE :pattern)");
            params.put("pattern", Sql.containsPattern(search.q().trim()));
        }
        if (search.status() != null) {
            conditions.add("u.status = :status");
            params.put("status", search.status().name());
        }
        boolean platformRole = "super_admin".equals(search.role());
        if (platformRole) {
            conditions.add("u.platform_admin");
        }
        if (search.organizationId() != null || search.role() != null && !platformRole) {
            // An unaccepted invitation of an existing account does not make it a member (see AdminScope).
            StringBuilder member = new StringBuilder("EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id"
                    + " AND (m.status <> 'INVITED' OR u.status = 'INVITED')");
            if (search.organizationId() != null) {
                member.append(" AND m.organization_id = :org");
                params.put("org", search.organizationId());
            }
            if (search.role() != null && !platformRole) {
                member.append(" AND m.role = :role");
                params.put("role", search.role());
            }
            conditions.add(member.append(")").toString());
        }
        params.put("limit", search.limit());
        params.put("offset", search.offset());
        return jdbc.sql("SELECT " + COLUMNS + " FROM user_account u WHERE " + String.join(" AND ", conditions)
                        + " ORDER BY u.created_at, u.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcUsers::map)
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }

    @Override
    public long countPlatformAdmins() {
        return jdbc.sql("SELECT count(*) FROM user_account WHERE platform_admin AND status = 'ACTIVE'")
                .query(Long.class)
                .single();
    }

    private static UserParams params(User user) {
        return new UserParams(
                user.id(),
                user.email(),
                user.phone(),
                user.name(),
                user.country(),
                user.status().name(),
                user.passwordHash(),
                user.platformAdmin(),
                user.mustChangePassword(),
                user.twoFactorEnabled(),
                timestamp(user.emailVerifiedAt()),
                user.lastOrganizationId(),
                timestamp(user.createdAt()),
                timestamp(user.lastLoginAt()));
    }

    /** Named parameters of a user row (JdbcClient reads record components by name). */
    record UserParams(
            UUID id,
            String email,
            String phone,
            String name,
            String country,
            String status,
            String passwordHash,
            boolean platformAdmin,
            boolean mustChangePassword,
            boolean twoFactorEnabled,
            java.time.OffsetDateTime emailVerifiedAt,
            UUID lastOrganizationId,
            java.time.OffsetDateTime createdAt,
            java.time.OffsetDateTime lastLoginAt) {}

    public static User map(ResultSet rs, int row) throws SQLException {
        return new User(
                uuid(rs, "id"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("name"),
                rs.getString("country"),
                UserStatus.valueOf(rs.getString("status")),
                rs.getString("password_hash"),
                rs.getBoolean("platform_admin"),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("two_factor_enabled"),
                instant(rs, "email_verified_at"),
                uuid(rs, "last_organization_id"),
                instant(rs, "created_at"),
                instant(rs, "last_login_at"));
    }
}
