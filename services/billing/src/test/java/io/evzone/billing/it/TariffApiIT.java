package io.evzone.billing.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class TariffApiIT extends BillingServiceIT {

    @Test
    void anOrgAdminCreatesReadsAndListsATariffWithAmountsInTheCurrencysUnits() {
        String id = createTariff(peakTariff("ORGANIZATION", org));

        String tariff = http().get("/api/v1/tariffs/" + id, reader(org)).body();

        assertThat(read(tariff, "status")).isEqualTo("DRAFT");
        assertThat(read(tariff, "version")).isEqualTo("1");
        assertThat(tariff).contains("\"price\":\"1500\"", "\"vat\":\"18\"", "\"startTime\":\"18:00\"");
        assertThat(http().get("/api/v1/tariffs?limit=10", reader(org)).body()).contains(id);
        assertThat(http().get("/api/v1/tariffs/" + id, reader("another-org")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void badAmountsAndAmbiguousBandsAreRefusedNamingTheFieldAndNothingIsStored() {
        assertRefused(
                peakTariff("ORGANIZATION", org).replace("\"price\":1500", "\"price\":1500.5"),
                "elements[0].priceComponents[0].price: UGX has 0 decimals");
        assertRefused(
                peakTariff("ORGANIZATION", org).replace("\"price\":1500", "\"price\":-1"),
                "elements[0].priceComponents[0].price: must not be negative");
        assertRefused(
                peakTariff("ORGANIZATION", org)
                        .replace("\"UGX\"", "\"USD\"")
                        .replace("\"price\":1500", "\"price\":\"0.255\""),
                "elements[0].priceComponents[0].price: USD has 2 decimals");
        assertRefused(
                peakTariff("ORGANIZATION", org)
                        .replace(
                                "\"priceComponents\":[{\"type\":\"ENERGY\",\"price\":\"1000\"",
                                "\"restrictions\":{\"startTime\":\"21:00\",\"endTime\":\"23:00\"},"
                                        + "\"priceComponents\":[{\"type\":\"ENERGY\",\"price\":\"1000\""),
                "elements[1].restrictions.startTime: the band overlaps elements[0]'s band");
        assertRefused(
                peakTariff("ORGANIZATION", org).replace("\"currency\":\"UGX\"", "\"currency\":\"UGX\",\"colour\":1"),
                "colour");

        assertThat(http().get("/api/v1/tariffs", reader(org)).body()).isEqualTo("[]");
    }

    @Test
    void aChangeToAnActiveTariffIsAClonedVersionThatTakesOverWhenActivated() {
        String first = createTariff(peakTariff("STATION", "st-1"));
        activate(first);
        assertThat(http().patch("/api/v1/tariffs/" + first, "{\"name\":\"x\"}", admin(org))
                        .statusCode())
                .isEqualTo(409);
        assertThat(http().delete("/api/v1/tariffs/" + first, admin(org)).statusCode())
                .isEqualTo(409);

        HttpResponse<String> cloned = http().post("/api/v1/tariffs/" + first + "/clone", "", admin(org));
        String second = read(cloned.body(), "id");
        HttpResponse<String> patched = http().patch(
                        "/api/v1/tariffs/" + second,
                        "{\"name\":\"Kampala peak 2027\",\"minPrice\":\"2000\"}",
                        admin(org));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        String active = activate(second);

        assertThat(read(cloned.body(), "version")).isEqualTo("2");
        assertThat(read(active, "status")).isEqualTo("ACTIVE");
        assertThat(read(active, "minPrice")).isEqualTo("2000");
        String previous = http().get("/api/v1/tariffs/" + first, reader(org)).body();
        assertThat(read(previous, "status")).isEqualTo("ARCHIVED");
        assertThat(read(previous, "effectiveTo")).isEqualTo(read(active, "effectiveFrom"));
    }

    @Test
    void aSecondTariffForTheSamePlaceAndDriversIsNotActivatedAlongsideTheFirst() {
        activate(createTariff(peakTariff("STATION", "st-2")));
        String rival = createTariff(peakTariff("STATION", "st-2"));

        HttpResponse<String> refused = http().post("/api/v1/tariffs/" + rival + "/activate", "", admin(org));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("assignments[0]");
        assertThat(http().delete("/api/v1/tariffs/" + rival, admin(org)).statusCode())
                .isEqualTo(204);
    }

    @Test
    void onlyBillingManagersChangeTariffs() {
        assertThat(http().post("/api/v1/tariffs", peakTariff("ORGANIZATION", org), reader(org))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http().get("/api/v1/tariffs", TestHttp.bearer(TestTokens.withPermissions(org, "sessions.own")))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void simulatesASessionAcrossTheEveningBand() {
        String body = """
                {"tariff":%s,"startedAt":"2026-06-01T14:00:00Z","endedAt":"2026-06-01T16:00:00Z",
                 "timeZone":"Africa/Kampala","samples":[
                   {"at":"2026-06-01T15:00:00Z","energyWh":4000},{"at":"2026-06-01T16:00:00Z","energyWh":12000}]}""".formatted(peakTariff("ORGANIZATION", org));

        HttpResponse<String> response = http().post("/api/v1/tariffs/simulate", body, reader(org));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response.body(), "net")).isEqualTo("16000");
        assertThat(read(response.body(), "vat")).isEqualTo("2880");
        assertThat(read(response.body(), "totalInclVat")).isEqualTo("18880");
    }

    @Test
    void aSuspendedTariffPricesNothingUntilItIsActivatedAgain() {
        String id = createTariff(peakTariff("STATION", "st-suspended"));
        activate(id);

        HttpResponse<String> suspended = http().post("/api/v1/tariffs/" + id + "/suspend", "", admin(org));

        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(read(suspended.body(), "status")).isEqualTo("SUSPENDED");
        assertThat(http().post("/api/v1/tariffs/" + id + "/suspend", "", admin(org))
                        .statusCode())
                .isEqualTo(409);
        assertThat(http().post("/api/v1/tariffs/" + id + "/suspend", "", reader(org))
                        .statusCode())
                .isEqualTo(403);
        assertThat(http().post("/api/v1/tariffs/" + id + "/suspend", "", admin("another-org"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(read(activate(id), "status")).isEqualTo("ACTIVE");
    }

    @Test
    void tenantSettingsDefaultThenStoredPriceTheTemplates() {
        String defaults =
                http().get("/api/v1/tariffs/tenant-settings", reader(org)).body();
        assertThat(read(defaults, "currency")).isEqualTo("UGX");
        assertThat(read(defaults, "vat")).isEqualTo("18");

        HttpResponse<String> changed = http().post(
                        "/api/v1/tariffs/tenant-settings",
                        "{\"currency\":\"USD\",\"vat\":\"16\",\"timeZone\":\"Europe/Paris\"}",
                        admin(org));
        String templates = http().get("/api/v1/tariffs/templates", reader(org)).body();

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(read(
                        http().get("/api/v1/tariffs/tenant-settings", reader(org))
                                .body(),
                        "timeZone"))
                .isEqualTo("Europe/Paris");
        assertThat(templates).contains("\"key\":\"time-of-use\"", "\"currency\":\"USD\"", "\"price\":\"0.45\"");
        assertThat(templates).contains("\"vat\":\"16\"");
        String template = eventJson.mapper().readTree(templates).get(1).toString();
        assertThat(createTariff(template.replace("\"key\":\"time-of-use\",", "")))
                .isNotBlank();
        assertThat(http().post("/api/v1/tariffs/tenant-settings", "{\"timeZone\":\"+03:00\"}", admin(org))
                        .body())
                .contains("timeZone: not an IANA time zone id");
        assertThat(http().post("/api/v1/tariffs/tenant-settings", "{\"vat\":101}", admin(org))
                        .statusCode())
                .isEqualTo(400);
        assertThat(http().post("/api/v1/tariffs/tenant-settings", "{\"vat\":1}", reader(org))
                        .statusCode())
                .isEqualTo(403);
        assertThat(read(
                        http().get("/api/v1/tariffs/tenant-settings", reader("another-org"))
                                .body(),
                        "currency"))
                .isEqualTo("UGX");
    }

    @Test
    void theOpenApiDocumentDescribesTheTariffAndCostOperationsWithTheirProblems() {
        HttpResponse<String> document = http().get("/api/docs.json");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains(
                        "/api/v1/tariffs/{id}/activate",
                        "/api/v1/tariffs/simulate",
                        "/api/v1/tariffs/{id}/suspend",
                        "/api/v1/tariffs/tenant-settings",
                        "/api/v1/tariffs/templates",
                        "/api/v1/payments/{id}/confirm",
                        "/api/v1/payments/{id}/status",
                        "/api/v1/finance/payments",
                        "/api/v1/billing/sessions/{sessionId}/cost",
                        "application/problem+json",
                        "\"PriceBreakdown\"");
    }

    private void assertRefused(String body, String message) {
        HttpResponse<String> response = http().post("/api/v1/tariffs", body, admin(org));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(message);
    }
}
