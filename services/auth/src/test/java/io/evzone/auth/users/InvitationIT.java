package io.evzone.auth.users;

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
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, finding 3: an organization admin could add any account of no organization as a member
 * and then rename, suspend or delete it. Now every addition is an invitation its holder accepts.
 */
@AuthIntegrationTest
class InvitationIT {

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
        org = accounts.anOrganization("Inviting");
        orgAdmin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);
    }

    @Test
    void anOrgAdminCannotAdoptAnAccountThatBelongsToNoOrganization() {
        User stranger = accounts.aUser().named("Stella Stranger").create();
        String user = "/api/v1/users/" + stranger.id();

        HttpResponse<String> added = client.post(
                "/api/v1/organizations/" + org.id() + "/members",
                "{\"email\":\"" + stranger.email() + "\",\"role\":\"technician\"}",
                orgAdmin.bearer());

        assertThat(added.statusCode()).isEqualTo(202);
        assertThat(client.patch(user, "{\"name\":\"Renamed\"}", orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.post(user + "/suspend", null, orgAdmin.bearer()).statusCode())
                .isEqualTo(404);
        assertThat(client.delete(user, orgAdmin.bearer()).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1/users", orgAdmin.bearer()).body()).doesNotContain(stranger.email());
        assertThat(client.get("/api/v1/organizations/" + org.id() + "/members", orgAdmin.bearer())
                        .body())
                .doesNotContain(stranger.email());
        User after = accounts.reload(stranger);
        assertThat(after.name()).isEqualTo("Stella Stranger");
        assertThat(after.canLogIn()).isTrue();
    }

    @Test
    void theAnswerDoesNotTellWhetherTheAddressHasAnAccount() {
        User existing = accounts.aUser().create();
        String unknown = TestAccounts.uniqueEmail("nobody");

        HttpResponse<String> forExisting = invite(existing.email());
        HttpResponse<String> forUnknown = invite(unknown);

        assertThat(forExisting.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(202);
        assertThat(forExisting.body().replace(existing.email(), "EMAIL"))
                .isEqualTo(forUnknown.body().replace(unknown, "EMAIL"));
    }

    @Test
    void theHolderOfAnExistingAccountJoinsByAcceptingTheLink() {
        User invitee = accounts.aUser().create();
        invite(invitee.email());

        HttpResponse<String> accepted = client.get("/api/v1/auth/invitations/accept?token=" + token(invitee));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(json(accepted).get("joined").asBoolean()).isTrue();
        assertThat(client.get("/api/v1/users/team", orgAdmin.bearer()).body()).contains(invitee.email());
        Session session = new AuthClient(port).login(invitee.email(), PASSWORD);
        assertThat(session.user().get("organizationId").asString())
                .isEqualTo(org.id().toString());
        assertThat(client.get("/api/v1/auth/invitations/accept?token=" + token(invitee))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aNewAccountIsAskedForAPasswordAndThenJoins() {
        String email = TestAccounts.uniqueEmail("newcomer");
        invite(email);
        String userId = jdbc.sql("SELECT id::text FROM user_account WHERE email = :email")
                .param("email", email)
                .query(String.class)
                .single();
        String token = new Outboxes(jdbc)
                .latestNotification(userId, "auth.invitation")
                .get("data")
                .get("token")
                .asString();

        HttpResponse<String> looked = client.get("/api/v1/auth/invitations/accept?token=" + encode(token));
        HttpResponse<String> accepted = client.post(
                "/api/v1/auth/accept-invitation",
                "{\"token\":\"" + token + "\",\"password\":\"copper-harbour-31\",\"name\":\"Nora Newcomer\"}");

        assertThat(json(looked).get("passwordRequired").asBoolean()).isTrue();
        assertThat(accepted.statusCode()).isEqualTo(200);
        Session session = new AuthClient(port).login(email, "copper-harbour-31");
        assertThat(session.user().get("role").asString()).isEqualTo("TECHNICIAN_ORG");
    }

    @Test
    void anExistingAccountsPasswordIsNeverSetThroughAnInvitation() {
        User invitee = accounts.aUser().create();
        invite(invitee.email());

        HttpResponse<String> response = client.post(
                "/api/v1/auth/accept-invitation",
                "{\"token\":\"" + rawToken(invitee) + "\",\"password\":\"taken-over-77\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(new AuthClient(port)
                        .loginResponse(invitee.email(), "taken-over-77")
                        .statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> invite(String email) {
        return client.post(
                "/api/v1/users/team/invite",
                "{\"email\":\"" + email + "\",\"role\":\"technician\"}",
                orgAdmin.bearer());
    }

    private String token(User user) {
        return encode(rawToken(user));
    }

    private String rawToken(User user) {
        return new Outboxes(jdbc)
                .latestNotification(user.id().toString(), "auth.invitation")
                .get("data")
                .get("token")
                .asString();
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
