package io.evzone.billing.wallet.persistence;

import io.evzone.billing.wallet.domain.Account;
import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.AccountRef;
import io.evzone.billing.wallet.domain.EntryKind;
import io.evzone.billing.wallet.domain.Journal;
import io.evzone.billing.wallet.domain.JournalEntry;
import io.evzone.billing.wallet.domain.LedgerLine;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.domain.Posting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcJournal implements Journal {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    JdbcJournal(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void append(JournalEntry entry, Map<AccountRef, Account> accounts) {
        jdbc.sql("""
                        INSERT INTO journal_entry (id, kind, currency, reference, description, created_by, created_at)
                        VALUES (:id, :kind, :currency, :reference, :description, :by, :at)""")
                .param("id", entry.id())
                .param("kind", entry.kind().name())
                .param("currency", entry.currency())
                .param("reference", entry.reference())
                .param("description", entry.description())
                .param("by", entry.createdBy())
                .param("at", SqlTime.timestamp(entry.createdAt()))
                .update();
        SqlParameterSource[] lines = entry.lines().stream()
                .map(line -> new MapSqlParameterSource()
                        .addValue("entry", entry.id())
                        .addValue("account", accounts.get(line.account()).id())
                        .addValue("currency", entry.currency())
                        .addValue("amount", line.amount()))
                .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO journal_line (entry_id, account_id, currency, amount)
                VALUES (:entry, :account, :currency, :amount)""", lines);
    }

    @Override
    public List<Posting> linesOf(UUID entryId) {
        return jdbc.sql("""
                        SELECT a.kind, a.owner_id, a.currency, l.amount FROM journal_line l
                        JOIN ledger_account a ON a.id = l.account_id WHERE l.entry_id = :entry ORDER BY l.id""")
                .param("entry", entryId)
                .query((rs, row) -> new Posting(
                        new AccountRef(
                                AccountKind.valueOf(rs.getString("kind")),
                                rs.getString("owner_id"),
                                rs.getString("currency")),
                        rs.getLong("amount")))
                .list();
    }

    @Override
    public List<LedgerLine> lines(UUID accountId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT l.id, l.entry_id, l.amount, l.currency, e.kind, e.reference, e.description, e.created_at
                        FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
                        WHERE l.account_id = :account ORDER BY l.id DESC LIMIT :limit OFFSET :offset""")
                .param("account", accountId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new LedgerLine(
                        rs.getLong("id"),
                        rs.getObject("entry_id", UUID.class),
                        EntryKind.valueOf(rs.getString("kind")),
                        Money.of(rs.getLong("amount"), rs.getString("currency")),
                        rs.getString("reference"),
                        rs.getString("description"),
                        SqlTime.instant(rs, "created_at")))
                .list();
    }

    @Override
    public long total(UUID accountId, EntryKind kind, String reference) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(l.amount), 0) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
                        WHERE l.account_id = :account AND e.kind = :kind AND e.reference = :reference""")
                .param("account", accountId)
                .param("kind", kind.name())
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    @Override
    public boolean exists(EntryKind kind, String reference) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM journal_entry WHERE kind = :kind AND reference = :reference)")
                .param("kind", kind.name())
                .param("reference", reference)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<Long> debitedFrom(UUID entryId, UUID walletId) {
        return jdbc.sql("""
                        SELECT -SUM(l.amount) FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id
                        WHERE e.id = :entry AND e.kind IN ('DEBIT', 'SESSION_CHARGE') AND l.account_id = :wallet
                        HAVING SUM(l.amount) < 0""")
                .param("entry", entryId)
                .param("wallet", walletId)
                .query(Long.class)
                .optional();
    }

    @Override
    public LedgerCheck check() {
        List<UUID> mismatched = jdbc.sql("""
                        SELECT a.id FROM ledger_account a
                        LEFT JOIN (SELECT account_id, SUM(amount) AS total FROM journal_line GROUP BY account_id) l
                               ON l.account_id = a.id
                        WHERE a.balance <> COALESCE(l.total, 0)""").query(UUID.class).list();
        Map<String, Long> totals = new TreeMap<>();
        jdbc.sql("SELECT currency, SUM(amount) AS total FROM journal_line GROUP BY currency")
                .query(rs -> {
                    totals.put(rs.getString("currency"), rs.getLong("total"));
                });
        long accounts = jdbc.sql("SELECT count(*) FROM ledger_account")
                .query(Long.class)
                .single();
        long entries =
                jdbc.sql("SELECT count(*) FROM journal_entry").query(Long.class).single();
        return new LedgerCheck(accounts, entries, totals, mismatched);
    }
}
