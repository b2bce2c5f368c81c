package io.evzone.auth.users;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthClient.Session;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.security.AccessTokenCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Role and status travel as the clients compare them (CLIENT-API); tokens keep EVZone's codes. */
@AuthIntegrationTest
class ClientValuesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccessTokenCodec codec;

    @Test
    void theAdministratorSeesThemselvesAsSuperAdminAndActiveWhileTheTokenKeepsTheCode() {
        var accounts = new TestAccounts(context);
        var client = new AuthClient(port);
        Session admin = client.login(accounts.aUser().platformAdmin().create().email(), PASSWORD);

        JsonNode me = json(client.get("/api/v1/users/me", admin.bearer()));

        assertThat(admin.user().get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(me.get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(me.get("roleCode").asString()).isEqualTo("super_admin");
        assertThat(me.get("status").asString()).isEqualTo("Active");
        assertThat(codec.verify(admin.accessToken()).role()).isEqualTo("super_admin");
    }

    @Test
    void theUserFiltersAcceptTheClientFormAndTheInternalForm() {
        var accounts = new TestAccounts(context);
        var client = new AuthClient(port);
        Organization org = accounts.anOrganization("Filters");
        Session orgAdmin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);
        User tech = accounts.aUser().memberOf(org, "technician").create();

        for (String query : List.of(
                "role=TECHNICIAN_ORG&status=Active",
                "role=technician&status=ACTIVE",
                "role=Technician_Org&status=active")) {
            JsonNode found = json(client.get("/api/v1/users?" + query, orgAdmin.bearer()));
            assertThat(ids(found)).as(query).containsExactly(tech.id().toString());
            assertThat(found.get(0).get("role").asString()).isEqualTo("TECHNICIAN_ORG");
        }
        assertThat(client.get("/api/v1/users?status=Sleeping", orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(400);
    }

    private static List<String> ids(JsonNode users) {
        List<String> ids = new ArrayList<>();
        users.forEach(user -> ids.add(user.get("id").asString()));
        return ids;
    }
}
