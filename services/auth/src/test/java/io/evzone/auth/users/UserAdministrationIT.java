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
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuthIntegrationTest
class UserAdministrationIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private AuthClient client;
    private TestAccounts accounts;
    private Organization org;
    private Session orgAdmin;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        accounts = new TestAccounts(context);
        org = accounts.anOrganization("Admin");
        orgAdmin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);
    }

    @Test
    void userAdministrationNeedsUsersManage() {
        User member = accounts.aUser().memberOf(org, "technician").create();
        String reader = TestTokens.withPermissions(org.id().toString(), "users.read");
        String nobody = TestTokens.withPermissions(org.id().toString(), "stations.read");

        assertThat(client.get("/api/v1/users").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/v1/users", TestHttp.bearer(nobody)).statusCode())
                .isEqualTo(403);
        assertThat(client.get("/api/v1/users", TestHttp.bearer(reader)).statusCode())
                .isEqualTo(200);
        assertThat(client.patch("/api/v1/users/" + member.id(), "{\"name\":\"X\"}", TestHttp.bearer(reader))
                        .statusCode())
                .isEqualTo(403);
        assertThat(client.post("/api/v1/users/" + member.id() + "/force-logout", null, TestHttp.bearer(nobody))
                        .statusCode())
                .isEqualTo(403);
        assertThat(client.post("/api/v1/users/" + member.id() + "/force-logout", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anOrgAdminListsOnlyTheMembersOfTheirOrganizationWithFilters() {
        User tech = accounts.aUser()
                .named("Tendo Technician")
                .memberOf(org, "technician")
                .create();
        accounts.aUser()
                .named("Tendo Outsider")
                .memberOf(accounts.anOrganization("Elsewhere"), "technician")
                .create();

        var byName = json(client.get("/api/v1/users?q=tendo", orgAdmin.bearer()));
        var byRole = json(client.get("/api/v1/users?role=technician&status=ACTIVE", orgAdmin.bearer()));
        var page = json(client.get("/api/v1/users?limit=1&offset=0", orgAdmin.bearer()));
        var foreign = client.get(
                "/api/v1/users?organizationId=" + accounts.anOrganization("X").id(), orgAdmin.bearer());

        assertThat(names(byName)).containsExactly("Tendo Technician");
        assertThat(ids(byRole)).containsExactly(tech.id().toString());
        assertThat(page.size()).isEqualTo(1);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(byName.get(0)
                        .get("memberships")
                        .get(0)
                        .get("organizationName")
                        .asString())
                .isEqualTo(org.name());
    }

    @Test
    void aPlatformAdministratorListsEveryoneAndFiltersByOrganization() {
        User tech = accounts.aUser().memberOf(org, "technician").create();
        String admin = TestTokens.platformAdmin();

        var inOrg = json(client.get("/api/v1/users?organizationId=" + org.id() + "&limit=200", TestHttp.bearer(admin)));
        var admins = json(client.get("/api/v1/users?role=super_admin", TestHttp.bearer(admin)));

        assertThat(ids(inOrg)).contains(tech.id().toString()).hasSize(2);
        assertThat(admins)
                .allSatisfy(user ->
                        assertThat(user.get("platformAdmin").asBoolean()).isTrue());
    }

    @Test
    void suspendingAUserEndsTheirSessionsAndBlocksLoginUntilReactivated() {
        User member = accounts.aUser().memberOf(org, "technician").create();
        Session session = new AuthClient(port).login(member.email(), PASSWORD);

        HttpResponse<String> suspended =
                client.post("/api/v1/users/" + member.id() + "/suspend", null, orgAdmin.bearer());

        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(json(suspended).get("status").asString()).isEqualTo("Suspended");
        assertThat(client.refreshWithBody(session.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(new AuthClient(port).loginResponse(member.email(), PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(client.post("/api/v1/users/" + member.id() + "/reactivate", null, orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(200);
        assertThat(new AuthClient(port).loginResponse(member.email(), PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void forceLogoutRevokesEveryRefreshTokenOfTheUser() {
        User member = accounts.aUser().memberOf(org, "technician").create();
        Session phone = new AuthClient(port).login(member.email(), PASSWORD);
        Session laptop = new AuthClient(port).login(member.email(), PASSWORD);

        HttpResponse<String> response =
                client.post("/api/v1/users/" + member.id() + "/force-logout", null, orgAdmin.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("message").asString()).isEqualTo("2 session(s) ended");
        assertThat(client.refreshWithBody(phone.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(client.refreshWithBody(laptop.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void anOrgAdminCannotTouchUsersOfOtherOrganizations() {
        User outsider = accounts.aUser()
                .memberOf(accounts.anOrganization("Other"), "technician")
                .create();
        User shared = accounts.aUser()
                .memberOf(org, "technician")
                .memberOf(accounts.anOrganization("Also"), "driver")
                .create();

        assertThat(client.get("/api/v1/users/" + outsider.id(), orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.post("/api/v1/users/" + outsider.id() + "/suspend", null, orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.post("/api/v1/users/" + shared.id() + "/suspend", null, orgAdmin.bearer())
                        .statusCode())
                .as("the account also belongs to another organization")
                .isEqualTo(403);
    }

    @Test
    void deletingAUserErasesTheirPersonalData() {
        User member = accounts.aUser()
                .withPhone(TestAccounts.uniquePhone())
                .memberOf(org, "technician")
                .create();

        HttpResponse<String> deleted = client.delete("/api/v1/users/" + member.id(), orgAdmin.bearer());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(client.get("/api/v1/users/" + member.id(), TestHttp.bearer(TestTokens.platformAdmin()))
                        .statusCode())
                .isEqualTo(404);
        var row = jdbc.sql("SELECT email, phone, password_hash, status FROM user_account WHERE id = :id")
                .param("id", member.id())
                .query()
                .singleRow();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("status")).isEqualTo("INACTIVE");
    }

    @Test
    void anInvitedPersonAcceptsAndLogsInIntoTheOrganization() {
        String email = TestAccounts.uniqueEmail("invitee");

        HttpResponse<String> invited = client.post(
                "/api/v1/users/invite",
                "{\"email\":\"" + email + "\",\"role\":\"station_manager\"}",
                orgAdmin.bearer());

        assertThat(invited.statusCode()).isEqualTo(202);
        var user =
                json(client.get("/api/v1/users?q=" + email, orgAdmin.bearer())).get(0);
        assertThat(user.get("status").asString()).isEqualTo("Invited");
        assertThat(user.get("memberships").get(0).get("status").asString()).isEqualTo("Invited");
        String token = new io.evzone.auth.support.Outboxes(jdbc)
                .latestNotification(user.get("id").asString(), "auth.invitation")
                .get("data")
                .get("token")
                .asString();
        HttpResponse<String> accepted = client.post(
                "/api/v1/auth/accept-invitation",
                "{\"token\":\"" + token + "\",\"password\":\"copper-harbour-31\",\"name\":\"Nora Invitee\"}");
        assertThat(accepted.statusCode()).isEqualTo(200);
        Session session = new AuthClient(port).login(email, "copper-harbour-31");
        assertThat(session.user().get("organizationId").asString())
                .isEqualTo(org.id().toString());
        assertThat(session.user().get("role").asString()).isEqualTo("STATION_ADMIN");
        assertThat(session.user().get("name").asString()).isEqualTo("Nora Invitee");
    }

    @Test
    void aNulCharacterInAFilterIsRefusedByName() {
        HttpResponse<String> response = client.get("/api/v1/users?q=a%00b", orgAdmin.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("q: must not contain the NUL character");
    }

    @Test
    void anAdminChangesAMembersRoleThroughTheUserResource() {
        User member = accounts.aUser().memberOf(org, "technician").create();

        HttpResponse<String> response =
                client.patch("/api/v1/users/" + member.id(), "{\"role\":\"station_manager\"}", orgAdmin.bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("role").asString()).isEqualTo("STATION_ADMIN");
        assertThat(client.patch("/api/v1/users/" + member.id(), "{\"platformAdmin\":true}", orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(403);
    }

    private static List<String> ids(tools.jackson.databind.JsonNode users) {
        List<String> ids = new ArrayList<>();
        users.forEach(user -> ids.add(user.get("id").asString()));
        return ids;
    }

    private static List<String> names(tools.jackson.databind.JsonNode users) {
        List<String> names = new ArrayList<>();
        users.forEach(user -> names.add(user.get("name").asString()));
        return names;
    }
}
