package io.evzone.auth.login;

import static io.evzone.auth.support.AuthClient.attributes;
import static io.evzone.auth.support.AuthClient.cookies;
import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.AccessTokenCodec;
import io.evzone.platform.test.TestTokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@AuthIntegrationTest
class LoginIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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
    void loginSetsBothCookiesWithStrictFlagsAndReturnsTheTokensInTheBody() {
        User user = accounts.aUser().create();

        HttpResponse<String> response = client.loginResponse(user.email(), PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        var body = json(response);
        String access = body.get("accessToken").asString();
        String refresh = body.get("refreshToken").asString();
        assertThat(access).isNotBlank();
        assertThat(refresh).hasSize(43);
        var cookies = cookies(response);
        assertThat(AuthClient.value(cookies.get("evzone_access_token"))).isEqualTo(access);
        assertThat(attributes(cookies.get("evzone_access_token")))
                .contains("Path=/", "Max-Age=900", "HttpOnly", "SameSite=Strict", "Secure");
        assertThat(AuthClient.value(cookies.get("evzone_refresh_token"))).isEqualTo(refresh);
        assertThat(attributes(cookies.get("evzone_refresh_token")))
                .contains("Path=/api/v1/auth", "Max-Age=604800", "HttpOnly", "SameSite=Strict", "Secure");
    }

    @Test
    void theLoginAnswerCarriesTheUserPayloadTheClientsReadAndNoSecrets() {
        Organization org = accounts.anOrganization("Kampala Charging");
        User user = accounts.aUser()
                .withPhone(TestAccounts.uniquePhone())
                .memberOf(org, "station_manager")
                .create();

        var body = json(client.loginResponse(user.email(), PASSWORD));

        var payload = body.get("user");
        assertThat(payload.get("id").asString()).isEqualTo(user.id().toString());
        assertThat(payload.get("email").asString()).isEqualTo(user.email());
        assertThat(payload.get("phone").asString()).isEqualTo(user.phone());
        assertThat(payload.get("status").asString()).isEqualTo("Active");
        assertThat(payload.get("role").asString()).isEqualTo("STATION_ADMIN");
        assertThat(payload.get("permissions").toString()).contains("stations.write", "charge_points.command");
        assertThat(payload.get("organizationId").asString()).isEqualTo(org.id().toString());
        assertThat(payload.get("organizationName").asString()).isEqualTo(org.name());
        assertThat(payload.get("memberships").get(0).get("role").asString()).isEqualTo("STATION_ADMIN");
        assertThat(payload.get("memberships").get(0).get("status").asString()).isEqualTo("Active");
        assertThat(payload.get("mustChangePassword").asBoolean()).isFalse();
        assertThat(payload.get("twoFactorEnabled").asBoolean()).isFalse();
        assertThat(body.toString())
                .doesNotContain("argon2")
                .doesNotContain("passwordHash")
                .doesNotContain("hash");
    }

    @Test
    void theAccessTokenCarriesTheUserTheActiveOrganizationTheRoleAndItsPermissions() {
        Organization org = accounts.anOrganization("Entebbe Fleet");
        User user = accounts.aUser().memberOf(org, "technician").create();

        AccessTokenClaims claims =
                codec.verify(client.login(user.email(), PASSWORD).accessToken());

        assertThat(claims.userId()).isEqualTo(user.id().toString());
        assertThat(claims.email()).isEqualTo(user.email());
        assertThat(claims.organizationId()).isEqualTo(org.id().toString());
        assertThat(claims.role()).isEqualTo("technician");
        assertThat(claims.permissions())
                .contains("dispatch.work", "incidents.read")
                .doesNotContain("users.manage");
    }

    @Test
    void aProtectedCallWorksWithTheCookieAndWithBearer() {
        User user = accounts.aUser().create();
        var session = client.login(user.email(), PASSWORD);

        var byCookie = client.get("/api/v1/users/me", session.accessCookie());
        var byBearer = client.get("/api/v1/users/me", session.bearer());
        var anonymous = client.get("/api/v1/users/me");

        assertThat(byCookie.statusCode()).isEqualTo(200);
        assertThat(json(byCookie).get("id").asString()).isEqualTo(user.id().toString());
        assertThat(byBearer.statusCode()).isEqualTo(200);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAndUnknownAccountGetIdenticalUnauthorizedBodies() {
        User user = accounts.aUser().create();

        var wrongPassword = client.loginResponse(user.email(), "not-the-password-1", "X-Correlation-Id", "same-id");
        var unknown = new AuthClient(port)
                .loginResponse(TestAccounts.uniqueEmail("nobody"), "not-the-password-1", "X-Correlation-Id", "same-id");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknown.body());
        assertThat(json(wrongPassword).get("message").asString()).isEqualTo("Invalid credentials");
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(cookies(wrongPassword)).isEmpty();
    }

    @Test
    void aPhoneNumberLogsInLikeAnEmailAddress() {
        String phone = TestAccounts.uniquePhone();
        accounts.aUser().withPhone(phone).create();

        var response = client.post(
                "/api/v1/auth/login",
                "{\"phone\":\"%s\",\"password\":\"%s\"}".formatted(phone.replace("+256", "+256 "), PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnverifiedAccountIsToldToVerifyOnlyAfterTheRightPassword() {
        User user = accounts.aUser().unverified().create();

        var wrong = client.loginResponse(user.email(), "not-the-password-1");
        var right = client.loginResponse(user.email(), PASSWORD);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(403);
        assertThat(json(right).get("message").asString()).startsWith("Email address not verified");
    }

    @Test
    void aSuspendedAccountIsToldItIsSuspended() {
        User user = accounts.aUser().suspended().create();

        var response = client.loginResponse(user.email(), PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("message").asString()).isEqualTo("Account suspended; contact your administrator");
    }

    @Test
    void tamperedExpiredAndAlgNoneTokensAreRefused() {
        User user = accounts.aUser().create();
        String[] parts = client.login(user.email(), PASSWORD).accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"driver\"", "\"org_admin\"");
        String tampered = parts[0] + "." + encode(payload) + "." + parts[2];
        String algNone = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";

        assertThat(client.get("/api/v1/users/me", "Authorization", "Bearer " + tampered)
                        .body())
                .contains("\"statusCode\":401", "Invalid token signature");
        assertThat(client.get("/api/v1/users/me", "Authorization", "Bearer " + algNone)
                        .statusCode())
                .isEqualTo(401);
        assertThat(client.get("/api/v1/users/me", "Cookie", "evzone_access_token=" + algNone)
                        .statusCode())
                .isEqualTo(401);
        assertThat(client.get("/api/v1/users/me", "Authorization", "Bearer " + TestTokens.expired(null))
                        .body())
                .contains("\"statusCode\":401", "Access token expired");
    }

    @Test
    void aSuccessfulLoginReplacesAnOlderPasswordHash() {
        User user = accounts.aUser().create();
        accounts.update(user.withRehashedPassword("{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD)));

        client.login(user.email(), PASSWORD);

        assertThat(accounts.reload(user).passwordHash()).startsWith("{argon2}$argon2id$");
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
