package io.evzone.auth.account;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.Outboxes;
import io.evzone.auth.support.TestAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AuthIntegrationTest
class PasswordResetIT {

    private static final String NEW_PASSWORD = "copper-harbour-31";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private AuthClient client;
    private TestAccounts accounts;
    private Outboxes outbox;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        accounts = new TestAccounts(context);
        outbox = new Outboxes(jdbc);
    }

    @Test
    void forgotPasswordAnswersTheSameForKnownAndUnknownAddresses() {
        User user = accounts.aUser().create();

        HttpResponse<String> known = forgot("{\"email\":\"" + user.email() + "\"}");
        HttpResponse<String> unknown = forgot("{\"email\":\"" + TestAccounts.uniqueEmail("nobody") + "\"}");

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(json(known).get("success").asBoolean()).isTrue();
    }

    @Test
    void theEmailedCodeSetsANewPasswordOnce() {
        User user = accounts.aUser().create();
        forgot("{\"email\":\"" + user.email() + "\"}");
        JsonNode request = outbox.latestNotification(user.id().toString(), "auth.password-reset");
        String code = request.get("data").get("code").asString();
        assertThat(request.get("recipient").asString()).isEqualTo(user.email());
        assertThat(code).hasSize(8);

        HttpResponse<String> reset =
                reset("{\"code\":\"" + code.toLowerCase() + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(client.loginResponse(user.email(), NEW_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(client.loginResponse(user.email(), PASSWORD).statusCode()).isEqualTo(401);
        HttpResponse<String> again = reset("{\"code\":\"" + code + "\",\"newPassword\":\"another-harbour-32\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json(again).get("message").asString()).isEqualTo("Invalid or expired reset link or code");
        assertThat(outbox.latestNotification(user.id().toString(), "auth.password-changed"))
                .isNotNull();
    }

    @Test
    void theEmailedLinkResetsThePasswordAndEndsEverySession() {
        User user = accounts.aUser().create();
        var session = client.login(user.email(), PASSWORD);
        forgot("{\"email\":\"" + user.email() + "\"}");
        JsonNode data = outbox.latestNotification(user.id().toString(), "auth.password-reset")
                .get("data");
        assertThat(data.get("link").asString()).contains("/reset-password?token=");

        HttpResponse<String> reset =
                reset("{\"token\":\"" + data.get("token").asString() + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(client.refreshWithBody(session.refreshToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void aPhoneNumberGetsItsCodeBySmsWithoutALink() {
        String phone = TestAccounts.uniquePhone();
        User user = accounts.aUser().withPhone(phone).create();

        forgot("{\"phone\":\"" + phone + "\"}");

        JsonNode request = outbox.latestNotification(user.id().toString(), "auth.password-reset");
        assertThat(request.get("channel").asString()).isEqualTo("SMS");
        assertThat(request.get("recipient").asString()).isEqualTo(phone);
        assertThat(request.get("data").has("code")).isTrue();
        assertThat(request.get("data").has("link")).isFalse();
        assertThat(request.get("data").has("token")).isFalse();
    }

    @Test
    void aRefusedNewPasswordLeavesTheCodeUsable() {
        User user = accounts.aUser().create();
        forgot("{\"email\":\"" + user.email() + "\"}");
        String code = outbox.latestNotification(user.id().toString(), "auth.password-reset")
                .get("data")
                .get("code")
                .asString();

        HttpResponse<String> weak = reset("{\"code\":\"" + code + "\",\"newPassword\":\"password1\"}");
        HttpResponse<String> strong = reset("{\"code\":\"" + code + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(strong.statusCode()).isEqualTo(200);
    }

    @Test
    void aNewerCodeSupersedesTheOlderOne() {
        User user = accounts.aUser().create();
        forgot("{\"email\":\"" + user.email() + "\"}");
        String first = outbox.latestNotification(user.id().toString(), "auth.password-reset")
                .get("data")
                .get("code")
                .asString();
        forgot("{\"email\":\"" + user.email() + "\"}");

        assertThat(reset("{\"code\":\"" + first + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void resetNeedsExactlyOneOfTokenAndCode() {
        assertThat(reset("{\"newPassword\":\"" + NEW_PASSWORD + "\"}").statusCode())
                .isEqualTo(400);
        assertThat(reset("{\"token\":\"a\",\"code\":\"b\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> forgot(String body) {
        return new AuthClient(port).post("/api/v1/auth/forgot-password", body);
    }

    private HttpResponse<String> reset(String body) {
        return client.post("/api/v1/auth/reset-password", body);
    }
}
