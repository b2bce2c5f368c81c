package io.evzone.billing.wallet.persistence;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.Accounts;
import io.evzone.billing.wallet.domain.BillingException;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.contracts.TimeOrderedIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccounts implements Accounts {

    private static final String COLUMNS =
            "id, kind, owner_id, currency, balance, credit_limit, locked, locked_by, lock_reason";

    private final JdbcClient jdbc;

    JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An upsert that always touches the row, so it returns the account locked whether it was new or not. */
    @Override
    public Account lock(AccountRef ref) {
        try {
            return jdbc.sql("""
                            INSERT INTO ledger_account (id, kind, owner_id, currency) VALUES (:id, :kind, :owner, :currency)
                            ON CONFLICT (kind, owner_id, currency) DO UPDATE SET kind = EXCLUDED.kind
                            RETURNING\s""" + COLUMNS)
                    .param("id", TimeOrderedIds.next())
                    .param("kind", ref.kind().name())
                    .param("owner", ref.ownerId())
                    .param("currency", ref.currency())
                    .query(JdbcAccounts::account)
                    .single();
        } catch (DuplicateKeyException e) {
            throw BillingException.refused("currency", "the wallet of " + ref.ownerId() + " is in another currency");
        }
    }

    @Override
    public Optional<Account> wallet(WalletOwner owner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_account WHERE kind = :kind AND owner_id = :owner")
                .param("kind", owner.kind().name())
                .param("owner", owner.id())
                .query(JdbcAccounts::account)
                .optional();
    }

    @Override
    public Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_account WHERE id = :id")
                .param("id", id)
                .query(JdbcAccounts::account)
                .optional();
    }

    @Override
    public Optional<Account> find(AccountRef ref) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM ledger_account WHERE kind = :kind AND owner_id = :owner AND currency = :currency")
                .param("kind", ref.kind().name())
                .param("owner", ref.ownerId())
                .param("currency", ref.currency())
                .query(JdbcAccounts::account)
                .optional();
    }

    @Override
    public void setLocked(UUID id, boolean locked, String by, String reason) {
        jdbc.sql("UPDATE ledger_account SET locked = :locked, locked_by = :by, lock_reason = :reason WHERE id = :id")
                .param("locked", locked)
                .param("by", by)
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    @Override
    public void setCreditLimit(UUID id, long creditLimit) {
        jdbc.sql("UPDATE ledger_account SET credit_limit = :limit WHERE id = :id")
                .param("limit", creditLimit)
                .param("id", id)
                .update();
    }

    static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                new AccountRef(
                        AccountKind.valueOf(rs.getString("kind")), rs.getString("owner_id"), rs.getString("currency")),
                rs.getLong("balance"),
                rs.getLong("credit_limit"),
                rs.getBoolean("locked"),
                rs.getString("locked_by"),
                rs.getString("lock_reason"));
    }
}
