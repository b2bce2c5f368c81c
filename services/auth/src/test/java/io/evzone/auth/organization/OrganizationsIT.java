package io.evzone.auth.organization;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthClient.Session;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.Outboxes;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.security.AccessTokenCodec;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuthIntegrationTest
class OrganizationsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessTokenCodec codec;

    private AuthClient client;
    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        accounts = new TestAccounts(context);
    }

    @Test
    void aPlatformAdministratorCreatesAnOrganizationAndPublishesIt() {
        Session admin = client.login(accounts.aUser().platformAdmin().create().email(), PASSWORD);

        HttpResponse<String> created = client.post(
                "/api/v1/organizations",
                "{\"name\":\"Jinja Site Hosts %s\",\"type\":\"SITE_HOST\"}".formatted(System.nanoTime()),
                admin.bearer());

        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asString();
        assertThat(json(created).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(new Outboxes(jdbc).eventTypes(id)).containsExactly("OrganizationCreated");
        assertThat(client.get("/api/v1/organizations/" + id, admin.bearer()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyPlatformAdministratorsCreateOrganizations() {
        Organization org = accounts.anOrganization("Own");
        Session orgAdmin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);

        assertThat(client.post("/api/v1/organizations", "{\"name\":\"Mine\"}", orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void switchOrganizationReissuesTokensForTheMembershipsRole() {
        Organization cpo = accounts.anOrganization("CPO");
        Organization host = accounts.anOrganization("Host");
        User user = accounts.aUser()
                .memberOf(cpo, "org_admin")
                .memberOf(host, "technician")
                .create();
        Session login = client.login(user.email(), PASSWORD);
        assertThat(login.user().get("organizationId").asString())
                .isEqualTo(cpo.id().toString());

        HttpResponse<String> switched = client.post(
                "/api/v1/auth/switch-organization", "{\"organizationId\":\"" + host.id() + "\"}", login.bearer());

        assertThat(switched.statusCode()).isEqualTo(200);
        Session inHost = Session.of(switched);
        assertThat(inHost.user().get("organizationId").asString())
                .isEqualTo(host.id().toString());
        assertThat(inHost.user().get("role").asString()).isEqualTo("TECHNICIAN_ORG");
        assertThat(codec.verify(inHost.accessToken()).organizationId())
                .isEqualTo(host.id().toString());
        assertThat(AuthClient.cookies(switched)).containsKeys("evzone_access_token", "evzone_refresh_token");
        var profile = json(client.get("/api/v1/auth/access-profile", inHost.bearer()));
        assertThat(profile.get("role").asString()).isEqualTo("TECHNICIAN_ORG");
        assertThat(profile.get("scope").get("type").asString()).isEqualTo("ORGANIZATION");
        assertThat(profile.get("scope").get("organizationId").asString())
                .isEqualTo(host.id().toString());
        assertThat(profile.get("permissions").toString())
                .contains("dispatch.work")
                .doesNotContain("users.manage");
        assertThat(new AuthClient(port)
                        .login(user.email(), PASSWORD)
                        .user()
                        .get("organizationId")
                        .asString())
                .as("the next login starts where the user switched to")
                .isEqualTo(host.id().toString());
    }

    @Test
    void aPlatformAdministratorEntersAnyOrganizationAndIsRememberedThere() {
        Organization visited = accounts.anOrganization("Visited");
        User admin = accounts.aUser().platformAdmin().create();
        Session login = client.login(admin.email(), PASSWORD);

        HttpResponse<String> switched = client.post(
                "/api/v1/auth/switch-organization",
                "{\"organizationId\":\"%s\",\"refreshToken\":\"%s\"}".formatted(visited.id(), login.refreshToken()),
                login.bearer());

        assertThat(switched.statusCode()).isEqualTo(200);
        Session inside = Session.of(switched);
        assertThat(inside.user().get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(client.refreshWithBody(login.refreshToken()).statusCode())
                .as("the presented session was replaced")
                .isEqualTo(401);
        assertThat(json(client.get("/api/v1/users/me", inside.bearer()))
                        .get("organizationName")
                        .asString())
                .isEqualTo(visited.name());
        assertThat(new AuthClient(port)
                        .login(admin.email(), PASSWORD)
                        .user()
                        .get("organizationId")
                        .asString())
                .isEqualTo(visited.id().toString());
    }

    @Test
    void switchingToAnOrganizationYouDoNotBelongToIsForbidden() {
        Organization mine = accounts.anOrganization("Mine");
        Organization theirs = accounts.anOrganization("Theirs");
        Session login = client.login(
                accounts.aUser().memberOf(mine, "org_admin").create().email(), PASSWORD);

        HttpResponse<String> response = client.post(
                "/api/v1/auth/switch-organization", "{\"organizationId\":\"" + theirs.id() + "\"}", login.bearer());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("message").asString())
                .isEqualTo("You are not an active member of this organization");
    }

    @Test
    void theAccessProfileOfADriverIsPersonalAndOfAPlatformAdminIsPlatformWide() {
        Session driver = client.login(accounts.aUser().create().email(), PASSWORD);
        Session admin = new AuthClient(port)
                .login(accounts.aUser().platformAdmin().create().email(), PASSWORD);

        var personal = json(client.get("/api/v1/auth/access-profile", driver.bearer()));
        var platform = json(client.get("/api/v1/auth/access-profile", admin.bearer()));

        assertThat(personal.get("role").asString()).isEqualTo("DRIVER");
        assertThat(personal.get("scope").get("type").asString()).isEqualTo("PERSONAL");
        assertThat(personal.get("scope").get("stationIds").size()).isZero();
        assertThat(platform.get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(platform.get("scope").get("type").asString()).isEqualTo("PLATFORM");
        assertThat(platform.get("permissions").toString()).contains("platform.admin", "audit.read");
    }

    @Test
    void anOrgAdminManagesTheMembersOfTheirOwnOrganizationOnly() {
        Organization mine = accounts.anOrganization("Mine");
        Organization other = accounts.anOrganization("Other");
        Session admin = client.login(
                accounts.aUser().memberOf(mine, "org_admin").create().email(), PASSWORD);
        User newcomer = accounts.aUser().create();
        String members = "/api/v1/organizations/" + mine.id() + "/members";

        HttpResponse<String> invited = client.post(
                members, "{\"email\":\"" + newcomer.email() + "\",\"role\":\"technician\"}", admin.bearer());
        String token = new Outboxes(jdbc)
                .latestNotification(newcomer.id().toString(), "auth.invitation")
                .get("data")
                .get("token")
                .asString();
        HttpResponse<String> joined = client.get("/api/v1/auth/invitations/accept?token="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> changed =
                client.patch(members + "/" + newcomer.id(), "{\"role\":\"station_manager\"}", admin.bearer());
        HttpResponse<String> listed = client.get(members, admin.bearer());
        HttpResponse<String> removed = client.delete(members + "/" + newcomer.id(), admin.bearer());
        HttpResponse<String> elsewhere = client.post(
                "/api/v1/organizations/" + other.id() + "/members",
                "{\"email\":\"" + newcomer.email() + "\",\"role\":\"technician\"}",
                admin.bearer());

        assertThat(invited.statusCode()).isEqualTo(202);
        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("role").asString()).isEqualTo("STATION_ADMIN");
        assertThat(listed.body()).contains(newcomer.email());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(new Outboxes(jdbc).eventTypes(newcomer.id().toString()))
                .containsSubsequence("UserInvited", "MembershipChanged", "MembershipChanged", "UserRoleChanged");
        assertThat(client.get("/api/v1/organizations/" + other.id(), admin.bearer())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theLastOrgAdminCannotBeDemoted() {
        Organization org = accounts.anOrganization("Solo");
        User admin = accounts.aUser().memberOf(org, "org_admin").create();
        Session session = client.login(admin.email(), PASSWORD);

        HttpResponse<String> response = client.patch(
                "/api/v1/organizations/" + org.id() + "/members/" + admin.id(),
                "{\"role\":\"driver\"}",
                session.bearer());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("message").asString())
                .isEqualTo("An organization needs at least one active org_admin");
    }

    @Test
    void aRoleChangeReachesTheMembersTokensAtTheirNextRefresh() {
        Organization org = accounts.anOrganization("Roles");
        Session admin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);
        User member = accounts.aUser().memberOf(org, "technician").create();
        AuthClient memberClient = new AuthClient(port);
        Session before = memberClient.login(member.email(), PASSWORD);

        client.patch(
                "/api/v1/organizations/" + org.id() + "/members/" + member.id(),
                "{\"role\":\"station_manager\"}",
                admin.bearer());
        Session after = Session.of(memberClient.refreshWithBody(before.refreshToken()));

        assertThat(codec.verify(before.accessToken()).role()).isEqualTo("technician");
        assertThat(codec.verify(after.accessToken()).role()).isEqualTo("station_manager");
    }
}
