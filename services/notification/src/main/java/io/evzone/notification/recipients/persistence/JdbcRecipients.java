package io.evzone.notification.recipients.persistence;

import io.evzone.notification.recipients.domain.Recipient;
import io.evzone.notification.recipients.domain.Recipients;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRecipients implements Recipients {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRecipients(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Recipient> find(String userId) {
        return jdbc.sql("SELECT user_id, email, phone, name, language, time_zone FROM recipient WHERE user_id = ?")
                .param(userId)
                .query((rs, row) -> new Recipient(
                        rs.getString("user_id"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("name"),
                        rs.getString("language"),
                        rs.getString("time_zone")))
                .optional();
    }

    @Override
    public void saveContact(String userId, String email, String phone, String name) {
        jdbc.sql("""
                        INSERT INTO recipient (user_id, email, phone, name, updated_at)
                        VALUES (:userId, :email, :phone, :name, :now)
                        ON CONFLICT (user_id) DO UPDATE
                        SET email = excluded.email, phone = excluded.phone, name = excluded.name,
                            updated_at = excluded.updated_at""")
                .param("userId", userId)
                .param("email", email)
                .param("phone", phone)
                .param("name", name)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public void saveMembership(String userId, String organizationId, String role, String status, boolean removed) {
        if (removed) {
            jdbc.sql("DELETE FROM membership WHERE organization_id = ? AND user_id = ?")
                    .params(organizationId, userId)
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO membership (user_id, organization_id, role, status, updated_at)
                        VALUES (:userId, :organizationId, :role, :status, :now)
                        ON CONFLICT (organization_id, user_id) DO UPDATE
                        SET role = excluded.role, status = excluded.status, updated_at = excluded.updated_at""")
                .param("userId", userId)
                .param("organizationId", organizationId)
                .param("role", role)
                .param("status", status)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<String> activeMembersOf(String organizationId) {
        return jdbc.sql(
                        "SELECT user_id FROM membership WHERE organization_id = ? AND status = 'ACTIVE' ORDER BY user_id")
                .param(organizationId)
                .query(String.class)
                .list();
    }

    @Override
    public void forget(String userId) {
        jdbc.sql("DELETE FROM membership WHERE user_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM recipient WHERE user_id = ?").param(userId).update();
    }
}
