package io.evzone.billing.payments.persistence;

import io.evzone.billing.payments.domain.PaymentIntent;
import io.evzone.billing.payments.domain.PaymentIntents;
import io.evzone.billing.payments.domain.PaymentPurpose;
import io.evzone.billing.payments.domain.PaymentQuery;
import io.evzone.billing.payments.domain.PaymentStatus;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.billing.wallet.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentIntents implements PaymentIntents {

    private final JdbcClient jdbc;

    JdbcPaymentIntents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PaymentIntent p) {
        jdbc.sql("""
                        INSERT INTO payment_intent (id, user_id, owner_kind, owner_id, purpose, amount, currency, provider,
                            status, payment_method_id, invoice_id, session_id, expires_at, created_at, updated_at)
                        VALUES (:id, :user, :ownerKind, :owner, :purpose, :amount, :currency, :provider, :status,
                            :method, :invoice, :session, :expires, :at, :at)""")
                .param("id", p.id())
                .param("user", p.userId())
                .param("ownerKind", p.owner().kind().name())
                .param("owner", p.owner().id())
                .param("purpose", p.purpose().name())
                .param("amount", p.amount().minor())
                .param("currency", p.amount().currency())
                .param("provider", p.provider())
                .param("status", p.status().name())
                .param("method", p.paymentMethodId())
                .param("invoice", p.invoiceId())
                .param("session", p.sessionId())
                .param("expires", SqlTime.timestamp(p.expiresAt()))
                .param("at", SqlTime.timestamp(p.createdAt()))
                .update();
    }

    @Override
    public void recordProvider(PaymentIntent p, Instant at) {
        jdbc.sql("""
                        UPDATE payment_intent SET provider_payment_id = :providerId, checkout_url = :url, updated_at = :at
                        WHERE id = :id""")
                .param("providerId", p.providerPaymentId())
                .param("url", p.checkoutUrl())
                .param("at", SqlTime.timestamp(at))
                .param("id", p.id())
                .update();
    }

    @Override
    public Optional<PaymentIntent> find(UUID id) {
        return jdbc.sql("SELECT * FROM payment_intent WHERE id = :id")
                .param("id", id)
                .query(JdbcPaymentIntents::intent)
                .optional();
    }

    @Override
    public Optional<PaymentIntent> lock(UUID id) {
        return jdbc.sql("SELECT * FROM payment_intent WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(JdbcPaymentIntents::intent)
                .optional();
    }

    @Override
    public Optional<UUID> idByProviderPayment(String provider, String providerPaymentId) {
        return jdbc.sql("SELECT id FROM payment_intent WHERE provider = :provider AND provider_payment_id = :pid")
                .param("provider", provider)
                .param("pid", providerPaymentId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public void settle(UUID id, PaymentStatus status, String failureReason, UUID entryId, Instant at) {
        jdbc.sql("""
                        UPDATE payment_intent SET status = :status, failure_reason = :reason, entry_id = :entry,
                            updated_at = :at WHERE id = :id""")
                .param("status", status.name())
                .param("reason", failureReason)
                .param("entry", entryId)
                .param("at", SqlTime.timestamp(at))
                .param("id", id)
                .update();
    }

    @Override
    public List<PaymentIntent> pendingBefore(String provider, Instant before, int limit) {
        return jdbc.sql("""
                        SELECT * FROM payment_intent WHERE status = 'PENDING' AND provider = :provider
                        AND created_at < :before ORDER BY created_at LIMIT :limit""")
                .param("provider", provider)
                .param("before", SqlTime.timestamp(before))
                .param("limit", limit)
                .query(JdbcPaymentIntents::intent)
                .list();
    }

    @Override
    public List<PaymentIntent> ofUser(String userId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM payment_intent WHERE user_id = :user ORDER BY created_at DESC
                        LIMIT :limit OFFSET :offset""")
                .param("user", userId)
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcPaymentIntents::intent)
                .list();
    }

    @Override
    public List<PaymentIntent> matching(PaymentQuery query, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM payment_intent
                        WHERE (CAST(:org AS TEXT) IS NULL OR (owner_kind = 'ORGANIZATION_WALLET' AND owner_id = :org))
                        AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                        AND (CAST(:provider AS TEXT) IS NULL OR provider = :provider)
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("org", query.organizationId())
                .param("status", query.status() == null ? null : query.status().name())
                .param("provider", query.provider())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcPaymentIntents::intent)
                .list();
    }

    private static PaymentIntent intent(ResultSet rs, int row) throws SQLException {
        return new PaymentIntent(
                rs.getObject("id", UUID.class),
                rs.getString("user_id"),
                new WalletOwner(AccountKind.valueOf(rs.getString("owner_kind")), rs.getString("owner_id")),
                PaymentPurpose.valueOf(rs.getString("purpose")),
                Money.of(rs.getLong("amount"), rs.getString("currency")),
                rs.getString("provider"),
                rs.getString("provider_payment_id"),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("checkout_url"),
                rs.getString("failure_reason"),
                rs.getObject("payment_method_id", UUID.class),
                rs.getString("invoice_id"),
                rs.getString("session_id"),
                rs.getObject("entry_id", UUID.class),
                SqlTime.instant(rs, "expires_at"),
                SqlTime.instant(rs, "created_at"));
    }
}
