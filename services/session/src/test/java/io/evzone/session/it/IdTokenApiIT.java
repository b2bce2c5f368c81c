package io.evzone.session.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdTokenApiIT extends SessionServiceIT {

    private final String org = unique("org");
    private final String[] manager = TestHttp.bearer(TestTokens.withPermissions(org, "id_tokens.manage"));

    @Test
    void managersRegisterChangeAndRemoveTheirOrganizationsTokens() {
        var created = http().post(
                        "/api/v1/id-tokens",
                        "{\"value\":\"card-" + org + "\",\"type\":\"FLEET\",\"groupId\":\"FLEET-1\"}",
                        manager);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        var duplicate = http().post("/api/v1/id-tokens", "{\"value\":\"CARD-" + org.toUpperCase() + "\"}", manager);
        assertThat(duplicate.statusCode()).isEqualTo(409);

        var blocked = http().patch("/api/v1/id-tokens/" + id, "{\"status\":\"BLOCKED\"}", manager);
        assertThat(blocked.body()).contains("\"status\":\"BLOCKED\"", "\"groupId\":\"FLEET-1\"");

        String[] otherOrg = TestHttp.bearer(TestTokens.withPermissions(unique("org"), "id_tokens.manage"));
        assertThat(http().get("/api/v1/id-tokens/" + id, otherOrg).statusCode()).isEqualTo(404);
        assertThat(http().delete("/api/v1/id-tokens/" + id, otherOrg).statusCode())
                .isEqualTo(404);

        assertThat(http().delete("/api/v1/id-tokens/" + id, manager).statusCode())
                .isEqualTo(204);
        assertThat(http().get("/api/v1/id-tokens/" + id, manager).statusCode()).isEqualTo(404);
    }

    @Test
    void driversListOnlyTheirOwnTokensAndCannotRegisterAny() {
        String alice = unique("alice");
        String mine = idToken(org, alice, "ACTIVE", null);
        String others = idToken(org, unique("bob"), "ACTIVE", null);
        String[] asAlice = TestHttp.bearer(driver(alice, org));

        var list = http().get("/api/v1/id-tokens", asAlice);

        assertThat(list.body()).contains(mine).doesNotContain(others);
        assertThat(http().post("/api/v1/id-tokens", "{\"value\":\"X\"}", asAlice)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http().post("/api/v1/id-tokens", "{\"value\":\"X\",\"unknown\":1}", manager)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLocalListCarriesTheOrganizationsTokensWithAVersionPerCharger() {
        String cp = charger(org, OcppVersion.V16);
        String active = idToken(org, "u1", "ACTIVE", null);
        String blocked = idToken(org, "u2", "BLOCKED", null);

        var first = http().post("/api/v1/charge-points/" + cp + "/local-list", "", manager);
        var second = http().post("/api/v1/charge-points/" + cp + "/local-list", "", manager);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(first.body()).contains("\"version\":1", "\"entries\":2");
        assertThat(second.body()).contains("\"version\":2");
        var command = commandFor(cp, "send-local-list");
        var entries = (List<Map<String, Object>>) fields(command).get("entries");
        assertThat(entries)
                .extracting(e -> ((Map<String, Object>) e.get("idToken")).get("value") + "=" + e.get("status"))
                .containsExactlyInAnyOrder(active + "=ACCEPTED", blocked + "=BLOCKED");
        assertThat(http().post(
                                "/api/v1/charge-points/" + cp + "/local-list",
                                "",
                                TestHttp.bearer(TestTokens.withPermissions(unique("org"), "id_tokens.manage")))
                        .statusCode())
                .isEqualTo(404);
    }
}
