package io.evzone.auth.account;

import static io.evzone.auth.support.AuthClient.json;
import static org.assertj.core.api.Assertions.assertThat;

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

@AuthIntegrationTest
class RegistrationIT {

    private static final String PASSWORD = "amber-lantern-77";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private AuthClient client;
    private Outboxes outbox;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        outbox = new Outboxes(jdbc);
    }

    @Test
    void registrationCreatesAPendingAccountThatLogsInOnceItsEmailIsVerified() {
        String email = TestAccounts.uniqueEmail("Amina");

        HttpResponse<String> registered = register(email, PASSWORD);

        assertThat(registered.statusCode()).isEqualTo(201);
        var body = json(registered);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("message").asString()).startsWith("Registration received");
        assertThat(body.get("user").get("email").asString()).isEqualTo(email.toLowerCase());
        String userId = body.get("user").get("id").asString();
        assertThat(AuthClient.cookies(registered))
                .as("registration does not log in")
                .isEmpty();
        assertThat(outbox.eventTypes(userId)).containsExactly("UserRegistered");
        assertThat(client.loginResponse(email, PASSWORD).statusCode()).isEqualTo(403);

        var notification = outbox.latestNotification(userId, "auth.verify-email");
        assertThat(notification.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(notification.get("recipient").asString()).isEqualTo(email.toLowerCase());
        String token = notification.get("data").get("token").asString();
        assertThat(notification.get("data").get("link").asString()).endsWith("/verify-email?token=" + token);
        HttpResponse<String> verified = client.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}");

        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(client.loginResponse(email, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(outbox.eventTypes(userId)).containsExactly("UserRegistered", "UserActivated");
        assertThat(client.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}")
                        .statusCode())
                .as("a verification link works once")
                .isEqualTo(400);
    }

    @Test
    void registeringAnAddressThatHasAnAccountAnswersTheSameAndTellsItsOwner() {
        var existing = new TestAccounts(context).aUser().create();

        HttpResponse<String> again = register(existing.email(), PASSWORD);

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("message").asString()).startsWith("Registration received");
        assertThat(json(again).get("user").get("id").asString())
                .isNotEqualTo(existing.id().toString());
        assertThat(outbox.latestNotification(existing.id().toString(), "auth.already-registered"))
                .isNotNull();
    }

    @Test
    void aNulCharacterInANameIsRefusedByNameWithoutAnAccessToken() {
        HttpResponse<String> response = client.post(
                "/api/v1/auth/register",
                "{\"email\":\"" + TestAccounts.uniqueEmail("nul") + "\",\"name\":\"a\\u0000b\","
                        + "\"password\":\"amber-lantern-77\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("message").asString()).isEqualTo("name: must not contain the NUL character");
    }

    @Test
    void registrationRefusesAWeakPasswordAndInvalidFieldsByName() {
        HttpResponse<String> weak = register(TestAccounts.uniqueEmail("weak"), "password123");
        HttpResponse<String> invalid = client.post("/api/v1/auth/register", "{\"email\":\"nope\",\"password\":\"x\"}");
        HttpResponse<String> unknownField = client.post(
                "/api/v1/auth/register",
                "{\"email\":\"a@b.co\",\"name\":\"A\",\"password\":\"amber-lantern-77\",\"isAdmin\":true}");

        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(json(weak).get("message").asString())
                .isEqualTo("password: is too common; choose a less predictable one");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("email: must be a well-formed email address", "name: must not be blank");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("Unknown field 'isAdmin'");
    }

    @Test
    void resendingTheVerificationAnswersTheSameWhetherOrNotTheAddressHasAnAccount() {
        String email = TestAccounts.uniqueEmail("pending");
        String userId = json(register(email, PASSWORD)).get("user").get("id").asString();

        HttpResponse<String> known =
                new AuthClient(port).post("/api/v1/auth/resend-verification-email", "{\"email\":\"" + email + "\"}");
        HttpResponse<String> unknown = new AuthClient(port)
                .post(
                        "/api/v1/auth/resend-verification-email",
                        "{\"email\":\"" + TestAccounts.uniqueEmail("nobody") + "\"}");

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(outbox.envelopes("notification.requests.v1", userId)).hasSize(2);
    }

    private HttpResponse<String> register(String email, String password) {
        return client.post(
                "/api/v1/auth/register",
                "{\"email\":\"%s\",\"name\":\"Amina Nakato\",\"password\":\"%s\"}".formatted(email, password));
    }
}
