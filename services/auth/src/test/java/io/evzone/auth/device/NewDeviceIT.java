package io.evzone.auth.device;

import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.Outboxes;
import io.evzone.auth.support.TestAccounts;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A sign-in from a device the user never signed in from is published once, for notification to tell them. */
@AuthIntegrationTest
class NewDeviceIT {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private TestAccounts accounts;
    private Outboxes outboxes;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        outboxes = new Outboxes(jdbc);
    }

    @Test
    void theFirstSignInAndSignInsFromAKnownDeviceTellNobody() {
        User user = accounts.aUser().create();
        AuthClient laptop = new AuthClient(port);

        laptop.login(user.email(), PASSWORD);
        laptop.login(user.email(), PASSWORD);

        assertThat(newDeviceEvents(user)).isEmpty();
    }

    @Test
    void aSignInFromAnotherDeviceIsPublishedOnceWithWhatTheUserCanRecognise() {
        User user = accounts.aUser().create();
        new AuthClient(port).login(user.email(), PASSWORD);
        AuthClient phone = new AuthClient(port);

        assertThat(phone.loginResponse(user.email(), PASSWORD, "User-Agent", FIREFOX)
                        .statusCode())
                .isEqualTo(200);
        assertThat(phone.loginResponse(user.email(), PASSWORD, "User-Agent", FIREFOX)
                        .statusCode())
                .isEqualTo(200);

        List<JsonNode> events = newDeviceEvents(user);
        assertThat(events).hasSize(1);
        JsonNode payload = events.getFirst().get("payload");
        assertThat(payload.get("userId").asString()).isEqualTo(user.id().toString());
        assertThat(payload.get("userAgent").asString()).isEqualTo(FIREFOX);
        assertThat(payload.get("ipAddress").asString()).isEqualTo(phone.address());
        assertThat(payload.get("deviceId").asString()).hasSize(64);
    }

    @Test
    void aWrongPasswordFromANewDeviceIsNoSignIn() {
        User user = accounts.aUser().create();
        new AuthClient(port).login(user.email(), PASSWORD);

        assertThat(new AuthClient(port)
                        .loginResponse(user.email(), "not-" + PASSWORD)
                        .statusCode())
                .isEqualTo(401);

        assertThat(newDeviceEvents(user)).isEmpty();
    }

    private List<JsonNode> newDeviceEvents(User user) {
        return outboxes.envelopes("auth.events.v1", user.id().toString()).stream()
                .filter(envelope ->
                        "NewDeviceSignedIn".equals(envelope.get("type").asString()))
                .toList();
    }
}
