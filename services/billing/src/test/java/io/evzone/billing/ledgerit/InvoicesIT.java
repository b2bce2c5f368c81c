package io.evzone.billing.ledgerit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Permissions;
import io.evzone.contracts.Topics;
import io.evzone.contracts.billing.SessionPriced;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Receipts per priced session, gap-free numbers per issuer and year, periodic invoices and their PDF. */
class InvoicesIT extends LedgerIT {

    @Autowired
    EventPublisher publisher;

    @Test
    void eachPricedSessionGetsANumberedReceiptAndThePeriodAnInvoiceWithItsVat() throws Exception {
        String organization = "org" + UUID.randomUUID().toString().substring(0, 8);
        String userId = UUID.randomUUID().toString();
        WalletApi driver = driver(userId);
        for (long total : List.of(11_800L, 23_600L, 5_900L)) {
            String session = UUID.randomUUID().toString();
            publisher.publish(
                    Topics.BILLING_EVENTS,
                    session,
                    new SessionPriced(
                            session,
                            1,
                            userId,
                            organization,
                            null,
                            "CP-7",
                            null,
                            "UGX",
                            total,
                            total * 18 / 118,
                            total - total * 18 / 118,
                            0,
                            Instant.now()));
        }

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() ->
                        assertThat(driver.get("/api/v1/billing/invoices").ok()).hasSize(3));
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        List<String> numbers =
                WalletApiLists.field(driver.get("/api/v1/billing/invoices").ok(), "number");
        assertThat(numbers)
                .containsExactlyInAnyOrder(
                        organization + "-" + year + "-000001",
                        organization + "-" + year + "-000002",
                        organization + "-" + year + "-000003");

        WalletApi finance = new WalletApi(
                port,
                TestTokens.token(
                        UUID.randomUUID().toString(), organization, "finance", Set.of(Permissions.BILLING_MANAGE)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode invoice = finance.post(
                        "/api/v1/billing/invoices/generate",
                        "{\"customerId\": \"" + userId + "\", \"from\": \"" + today + "\", \"to\": \"" + today + "\"}")
                .ok();
        assertThat(invoice.path("number").asString()).isEqualTo(organization + "-" + year + "-000004");
        assertThat(invoice.path("total").decimalValue()).isEqualByComparingTo("41300");
        assertThat(invoice.path("vat").decimalValue()).isEqualByComparingTo("6300");
        assertThat(invoice.path("lines")).hasSize(3);
        assertThat(finance.post(
                                "/api/v1/billing/invoices/generate",
                                "{\"customerId\": \"" + userId + "\", \"from\": \"" + today + "\", \"to\": \"" + today
                                        + "\"}")
                        .status())
                .isEqualTo(204);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/billing/invoices/"
                                        + invoice.path("id").asString() + "/pdf"))
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + TestTokens.token(
                                                        userId, null, "driver", Set.of(Permissions.WALLET_OWN)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Files.write(Path.of("target", "invoice-sample.pdf"), pdf.body());

        newDriver()
                .get("/api/v1/billing/invoices/" + invoice.path("id").asString())
                .problem(404, "Invoice");
    }
}
