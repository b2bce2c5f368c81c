package io.evzone.billing.settlements.persistence;

import io.evzone.billing.settlements.domain.Withdrawal;
import io.evzone.billing.settlements.domain.Withdrawals;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.persistence.SqlTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWithdrawals implements Withdrawals {

    private final JdbcClient jdbc;

    JdbcWithdrawals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Withdrawal w) {
        jdbc.sql("""
                        INSERT INTO withdrawal (id, organization_id, amount, currency, status, payout_method, payout_account,
                            payout_name, entry_id, requested_by, created_at)
                        VALUES (:id, :org, :amount, :currency, :status, :method, :account, :name, :entry, :by, :at)""")
                .param("id", w.id())
                .param("org", w.organizationId())
                .param("amount", w.amount().minor())
                .param("currency", w.amount().currency())
                .param("status", w.status())
                .param("method", w.payoutMethod())
                .param("account", w.payoutAccount())
                .param("name", w.payoutName())
                .param("entry", w.entryId())
                .param("by", w.requestedBy())
                .param("at", SqlTime.timestamp(w.createdAt()))
                .update();
    }

    @Override
    public List<Withdrawal> of(String organizationId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM withdrawal WHERE (CAST(:org AS TEXT) IS NULL OR organization_id = :org)
                        ORDER BY created_at DESC LIMIT :limit OFFSET :offset""")
                .param("org", organizationId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new Withdrawal(
                        rs.getObject("id", UUID.class),
                        rs.getString("organization_id"),
                        Money.of(rs.getLong("amount"), rs.getString("currency")),
                        rs.getString("status"),
                        rs.getString("payout_method"),
                        rs.getString("payout_account"),
                        rs.getString("payout_name"),
                        rs.getObject("entry_id", UUID.class),
                        rs.getString("requested_by"),
                        SqlTime.instant(rs, "created_at")))
                .list();
    }
}
