package io.evzone.billing.settlements.persistence;

import io.evzone.billing.settlements.domain.Statements;
import io.evzone.billing.wallet.domain.Money;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statements summed from the journal lines of each organization's revenue and VAT payable accounts. */
@Repository
class JdbcStatements implements Statements {

    private final JdbcClient jdbc;

    JdbcStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Statement> of(String organizationId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT a.owner_id, a.currency,
                          COALESCE(SUM(l.amount) FILTER (WHERE a.kind = 'REVENUE' AND e.kind <> 'WITHDRAWAL'), 0) AS earned,
                          COALESCE(-SUM(l.amount) FILTER (WHERE a.kind = 'REVENUE' AND e.kind = 'WITHDRAWAL'), 0) AS withdrawn,
                          COALESCE(SUM(l.amount) FILTER (WHERE a.kind = 'VAT_PAYABLE'), 0) AS vat
                        FROM ledger_account a
                        JOIN journal_line l ON l.account_id = a.id
                        JOIN journal_entry e ON e.id = l.entry_id
                        WHERE a.kind IN ('REVENUE', 'VAT_PAYABLE') AND a.owner_id <> 'platform'
                          AND (CAST(:org AS TEXT) IS NULL OR a.owner_id = :org)
                        GROUP BY a.owner_id, a.currency ORDER BY a.owner_id, a.currency
                        LIMIT :limit OFFSET :offset""")
                .param("org", organizationId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> {
                    String currency = rs.getString("currency");
                    long earned = rs.getLong("earned");
                    long withdrawn = rs.getLong("withdrawn");
                    return new Statement(
                            rs.getString("owner_id"),
                            Money.of(earned, currency),
                            Money.of(withdrawn, currency),
                            Money.of(earned - withdrawn, currency),
                            Money.of(rs.getLong("vat"), currency));
                })
                .list();
    }
}
