package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.Permissions;
import io.evzone.platform.test.TestTokens;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The database itself refuses what would break the ledger, whatever the application does. */
class JournalConstraintsIT extends LedgerIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private UUID fundedWallet() {
        String userId = UUID.randomUUID().toString();
        new WalletApi(port, TestTokens.token(userId, null, "driver", Set.of(Permissions.WALLET_OWN)))
                .topUp("700", "UGX");
        return jdbc.sql("SELECT id FROM ledger_account WHERE kind = 'USER_WALLET' AND owner_id = :u")
                .param("u", userId)
                .query(UUID.class)
                .single();
    }

    @Test
    void journalLinesAndEntriesCannotBeUpdatedOrDeleted() {
        UUID wallet = fundedWallet();

        assertThatThrownBy(() -> jdbc.sql("UPDATE journal_line SET amount = amount * 2 WHERE account_id = :a")
                        .param("a", wallet)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM journal_line WHERE account_id = :a")
                        .param("a", wallet)
                        .update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM journal_entry").update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE journal_line CASCADE").update())
                .hasStackTraceContaining("append-only");
    }

    @Test
    void anEntryWhoseLinesDoNotSumToZeroIsRefusedAtCommit() {
        UUID wallet = fundedWallet();
        UUID entry = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO journal_entry (id, kind, currency, description, created_by)"
                                    + " VALUES (:id, 'DEBIT', 'UGX', 'forged', 'test')")
                            .param("id", entry)
                            .update();
                    jdbc.sql("INSERT INTO journal_line (entry_id, account_id, currency, amount)"
                                    + " VALUES (:e, :a, 'UGX', 100)")
                            .param("e", entry)
                            .param("a", wallet)
                            .update();
                }))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("does not balance");
        assertThat(jdbc.sql("SELECT count(*) FROM journal_entry WHERE id = :id")
                        .param("id", entry)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWalletCannotGoBelowItsCreditLimitEvenByDirectSql() {
        UUID wallet = fundedWallet();
        UUID platform = jdbc.sql("SELECT id FROM ledger_account WHERE kind = 'REVENUE' AND owner_id = 'platform'"
                        + " AND currency = 'UGX'")
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql(
                                    "INSERT INTO ledger_account (id, kind, owner_id, currency) VALUES (:id, 'REVENUE', 'platform', 'UGX')")
                            .param("id", id)
                            .update();
                    return id;
                });
        UUID entry = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO journal_entry (id, kind, currency, description, created_by)"
                                    + " VALUES (:id, 'DEBIT', 'UGX', 'overdraw', 'test')")
                            .param("id", entry)
                            .update();
                    jdbc.sql("INSERT INTO journal_line (entry_id, account_id, currency, amount)"
                                    + " VALUES (:e, :w, 'UGX', -701), (:e, :p, 'UGX', 701)")
                            .param("e", entry)
                            .param("w", wallet)
                            .param("p", platform)
                            .update();
                }))
                .hasStackTraceContaining("wallet_within_credit_limit");
    }
}
