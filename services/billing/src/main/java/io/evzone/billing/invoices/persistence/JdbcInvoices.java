package io.evzone.billing.invoices.persistence;

import io.evzone.billing.invoices.domain.Invoice;
import io.evzone.billing.invoices.domain.Invoices;
import io.evzone.billing.wallet.domain.Money;
import io.evzone.billing.wallet.persistence.SqlTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInvoices implements Invoices {

    private final JdbcClient jdbc;

    JdbcInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextSequence(String organizationId, int year) {
        return jdbc.sql("""
                        INSERT INTO invoice_counter (organization_id, year, last_number) VALUES (:org, :year, 1)
                        ON CONFLICT (organization_id, year) DO UPDATE SET last_number = invoice_counter.last_number + 1
                        RETURNING last_number""")
                .param("org", organizationId)
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    @Override
    public void add(Invoice invoice, int year, int sequence) {
        jdbc.sql("""
                        INSERT INTO invoice (id, organization_id, year, sequence, number, kind, customer_type, customer_id,
                            currency, net, vat, total, period_start, period_end, issued_at)
                        VALUES (:id, :org, :year, :sequence, :number, :kind, :customerType, :customer, :currency, :net,
                            :vat, :total, :from, :to, :at)""")
                .param("id", invoice.id())
                .param("org", invoice.organizationId())
                .param("year", year)
                .param("sequence", sequence)
                .param("number", invoice.number())
                .param("kind", invoice.kind().name())
                .param("customerType", invoice.customerType())
                .param("customer", invoice.customerId())
                .param("currency", invoice.total().currency())
                .param("net", invoice.net().minor())
                .param("vat", invoice.vat().minor())
                .param("total", invoice.total().minor())
                .param("from", invoice.periodStart())
                .param("to", invoice.periodEnd())
                .param("at", SqlTime.timestamp(invoice.issuedAt()))
                .update();
        int position = 0;
        for (Invoice.Line line : invoice.lines()) {
            jdbc.sql("""
                            INSERT INTO invoice_line (invoice_id, position, description, reference, net, vat, total)
                            VALUES (:invoice, :position, :description, :reference, :net, :vat, :total)""")
                    .param("invoice", invoice.id())
                    .param("position", ++position)
                    .param("description", line.description())
                    .param("reference", line.reference())
                    .param("net", line.net().minor())
                    .param("vat", line.vat().minor())
                    .param("total", line.total().minor())
                    .update();
        }
    }

    @Override
    public Optional<Invoice> find(UUID id) {
        return jdbc.sql("SELECT * FROM invoice WHERE id = :id")
                .param("id", id)
                .query(this::invoice)
                .optional();
    }

    @Override
    public List<Invoice> list(String organizationId, String customerId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT * FROM invoice WHERE (CAST(:org AS TEXT) IS NULL OR organization_id = :org)
                        AND (CAST(:customer AS TEXT) IS NULL OR customer_id = :customer)
                        ORDER BY issued_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("org", organizationId)
                .param("customer", customerId)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::invoice)
                .list();
    }

    @Override
    public List<Invoice> uninvoicedReceipts(String organizationId, String customerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT * FROM invoice WHERE kind = 'RECEIPT' AND organization_id = :org AND customer_id = :customer
                        AND invoiced_in IS NULL AND period_start BETWEEN :from AND :to
                        ORDER BY issued_at, id FOR UPDATE""")
                .param("org", organizationId)
                .param("customer", customerId)
                .param("from", from)
                .param("to", to)
                .query(this::invoice)
                .list();
    }

    @Override
    public void markInvoiced(List<UUID> receipts, UUID invoice) {
        for (UUID receipt : receipts) {
            jdbc.sql("UPDATE invoice SET invoiced_in = :invoice WHERE id = :id")
                    .param("invoice", invoice)
                    .param("id", receipt)
                    .update();
        }
    }

    private Invoice invoice(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        UUID id = rs.getObject("id", UUID.class);
        List<Invoice.Line> lines = jdbc.sql("SELECT * FROM invoice_line WHERE invoice_id = :id ORDER BY position")
                .param("id", id)
                .query((line, n) -> new Invoice.Line(
                        line.getString("description"),
                        line.getString("reference"),
                        Money.of(line.getLong("net"), currency),
                        Money.of(line.getLong("vat"), currency)))
                .list();
        return new Invoice(
                id,
                rs.getString("organization_id"),
                rs.getString("number"),
                Invoice.Kind.valueOf(rs.getString("kind")),
                rs.getString("customer_type"),
                rs.getString("customer_id"),
                Money.of(rs.getLong("net"), currency),
                Money.of(rs.getLong("vat"), currency),
                Money.of(rs.getLong("total"), currency),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                SqlTime.instant(rs, "issued_at"),
                lines);
    }
}
