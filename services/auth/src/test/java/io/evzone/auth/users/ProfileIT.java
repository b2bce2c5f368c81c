package io.evzone.auth.users;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthClient.Session;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@AuthIntegrationTest
class ProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private AuthClient client;
    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        accounts = new TestAccounts(context);
    }

    @Test
    void usersReadAndChangeTheirOwnProfile() {
        User user = accounts.aUser().create();
        Session session = client.login(user.email(), PASSWORD);
        String phone = TestAccounts.uniquePhone();

        HttpResponse<String> changed = client.patch(
                "/api/v1/users/me",
                "{\"name\":\"Amina N.\",\"phone\":\"" + phone + "\",\"country\":\"ug\"}",
                session.bearer());
        var me = json(client.get("/api/v1/users/me", session.bearer()));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(me.get("name").asString()).isEqualTo("Amina N.");
        assertThat(me.get("phone").asString()).isEqualTo(phone);
        assertThat(me.get("country").asString()).isEqualTo("UG");
        assertThat(me.get("role").asString()).isEqualTo("DRIVER");
    }

    @Test
    void aPhoneNumberOfAnotherAccountIsAConflict() {
        String phone = TestAccounts.uniquePhone();
        accounts.aUser().withPhone(phone).create();
        Session session = client.login(accounts.aUser().create().email(), PASSWORD);

        HttpResponse<String> response =
                client.patch("/api/v1/users/me", "{\"phone\":\"" + phone + "\"}", session.bearer());

        assertThat(response.statusCode()).isEqualTo(409);
    }

    @Test
    void changingYourPasswordEndsYourOtherSessionsAndStartsAFreshOne() {
        User user = accounts.aUser().create();
        Session here = client.login(user.email(), PASSWORD);
        Session elsewhere = new AuthClient(port).login(user.email(), PASSWORD);

        HttpResponse<String> changed = client.post(
                "/api/v1/users/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"copper-harbour-31\"}",
                here.bearer());

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("success").asBoolean()).isTrue();
        String fresh = json(changed).get("refreshToken").asString();
        assertThat(AuthClient.cookies(changed)).containsKeys("evzone_access_token", "evzone_refresh_token");
        assertThat(client.refreshWithBody(elsewhere.refreshToken()).statusCode())
                .isEqualTo(401);
        assertThat(client.refreshWithBody(here.refreshToken()).statusCode()).isEqualTo(401);
        assertThat(client.refreshWithBody(fresh).statusCode()).isEqualTo(200);
        assertThat(new AuthClient(port)
                        .loginResponse(user.email(), "copper-harbour-31")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        Session session = client.login(accounts.aUser().create().email(), PASSWORD);

        HttpResponse<String> response = client.post(
                "/api/v1/users/me/password",
                "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"copper-harbour-31\"}",
                session.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asString()).isEqualTo("currentPassword: is not your current password");
    }
}
