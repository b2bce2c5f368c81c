package io.evzone.billing.payments.persistence;

import io.evzone.billing.payments.domain.PaymentMethod;
import io.evzone.billing.payments.domain.PaymentMethods;
import io.evzone.billing.wallet.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentMethods implements PaymentMethods {

    private final JdbcClient jdbc;

    JdbcPaymentMethods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PaymentMethod m) {
        jdbc.sql("""
                        INSERT INTO payment_method (id, user_id, provider, type, token, label, brand, last4, phone,
                                                    is_default, created_at)
                        VALUES (:id, :user, :provider, :type, :token, :label, :brand, :last4, :phone, :isDefault, :at)""")
                .param("id", m.id())
                .param("user", m.userId())
                .param("provider", m.provider())
                .param("type", m.type())
                .param("token", m.token())
                .param("label", m.label())
                .param("brand", m.brand())
                .param("last4", m.last4())
                .param("phone", m.phone())
                .param("isDefault", m.isDefault())
                .param("at", SqlTime.timestamp(m.createdAt()))
                .update();
    }

    @Override
    public Optional<PaymentMethod> find(String userId, UUID id) {
        return jdbc.sql("SELECT * FROM payment_method WHERE id = :id AND user_id = :user")
                .param("id", id)
                .param("user", userId)
                .query(JdbcPaymentMethods::method)
                .optional();
    }

    @Override
    public Optional<PaymentMethod> defaultOf(String userId) {
        return jdbc.sql("SELECT * FROM payment_method WHERE user_id = :user AND is_default")
                .param("user", userId)
                .query(JdbcPaymentMethods::method)
                .optional();
    }

    @Override
    public List<PaymentMethod> of(String userId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM payment_method WHERE user_id = :user
                        ORDER BY is_default DESC, created_at DESC LIMIT :limit OFFSET :offset""")
                .param("user", userId)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcPaymentMethods::method)
                .list();
    }

    @Override
    public void updateLabel(UUID id, String label) {
        jdbc.sql("UPDATE payment_method SET label = :label WHERE id = :id")
                .param("label", label)
                .param("id", id)
                .update();
    }

    @Override
    public void makeDefault(String userId, UUID id) {
        jdbc.sql("UPDATE payment_method SET is_default = FALSE WHERE user_id = :user AND is_default")
                .param("user", userId)
                .update();
        jdbc.sql("UPDATE payment_method SET is_default = TRUE WHERE user_id = :user AND id = :id")
                .param("user", userId)
                .param("id", id)
                .update();
    }

    @Override
    public boolean delete(String userId, UUID id) {
        return jdbc.sql("DELETE FROM payment_method WHERE id = :id AND user_id = :user")
                        .param("id", id)
                        .param("user", userId)
                        .update()
                == 1;
    }

    private static PaymentMethod method(ResultSet rs, int row) throws SQLException {
        return new PaymentMethod(
                rs.getObject("id", UUID.class),
                rs.getString("user_id"),
                rs.getString("provider"),
                rs.getString("type"),
                rs.getString("token"),
                rs.getString("label"),
                rs.getString("brand"),
                rs.getString("last4"),
                rs.getString("phone"),
                rs.getBoolean("is_default"),
                SqlTime.instant(rs, "created_at"));
    }
}
