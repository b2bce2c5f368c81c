package io.evzone.billing.invoices.web;

import io.evzone.billing.invoices.domain.Invoice;
import io.evzone.billing.wallet.domain.Money;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Renders a receipt or invoice as an A4 PDF with OpenPDF: header, parties, lines with VAT, totals. */
final class InvoicePdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Color HEADER = new Color(230, 236, 242);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private InvoicePdf() {}

    static byte[] render(Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(
                (invoice.kind() == Invoice.Kind.RECEIPT ? "Receipt " : "Invoice ") + invoice.number(), TITLE));
        document.add(new Paragraph("Issued " + DATE.format(invoice.issuedAt()), TEXT));
        document.add(new Paragraph("Period " + invoice.periodStart() + " to " + invoice.periodEnd(), TEXT));
        document.add(new Paragraph(" "));
        document.add(parties(invoice));
        document.add(new Paragraph(" "));
        document.add(lines(invoice));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Amounts in " + invoice.total().currency() + ". VAT included as shown.", TEXT));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable parties(Invoice invoice) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.addCell(cell("From", LABEL, true));
        table.addCell(cell("To", LABEL, true));
        table.addCell(cell("Organization " + invoice.organizationId(), TEXT, true));
        table.addCell(cell(
                (invoice.customerType().equals("USER") ? "Driver " : "Organization ") + invoice.customerId(),
                TEXT,
                true));
        return table;
    }

    private static PdfPTable lines(Invoice invoice) {
        PdfPTable table = new PdfPTable(new float[] {6, 2, 2, 2});
        table.setWidthPercentage(100);
        for (String heading : new String[] {"Description", "Net", "VAT", "Total"}) {
            PdfPCell cell = cell(heading, LABEL, heading.equals("Description"));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (Invoice.Line line : invoice.lines()) {
            table.addCell(cell(line.description(), TEXT, true));
            table.addCell(amount(line.net(), TEXT));
            table.addCell(amount(line.vat(), TEXT));
            table.addCell(amount(line.total(), TEXT));
        }
        table.addCell(cell("Total", LABEL, true));
        table.addCell(amount(invoice.net(), LABEL));
        table.addCell(amount(invoice.vat(), LABEL));
        table.addCell(amount(invoice.total(), LABEL));
        return table;
    }

    private static PdfPCell amount(Money money, Font font) {
        return cell(
                String.format(java.util.Locale.ROOT, "%,." + money.major().scale() + "f", money.major()), font, false);
    }

    private static PdfPCell cell(String text, Font font, boolean left) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        cell.setHorizontalAlignment(left ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        return cell;
    }
}
