package io.evzone.auth.audit;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.support.AuthClient;
import io.evzone.auth.support.AuthIntegrationTest;
import io.evzone.auth.support.TestAccounts;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@AuthIntegrationTest
class AuditLogIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void securityEventsAreReadableByAuditReadHoldersWithinTheirScope() {
        TestAccounts accounts = new TestAccounts(context);
        Organization org = accounts.anOrganization("Audited");
        User member = accounts.aUser().memberOf(org, "technician").create();
        User outsider = accounts.aUser().create();
        AuthClient client = new AuthClient(port);
        client.loginResponse(member.email(), "not-the-password");
        var session = client.login(member.email(), PASSWORD);
        client.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + session.refreshToken() + "\"}");
        new AuthClient(port).login(outsider.email(), PASSWORD);
        var orgAdmin = new AuthClient(port)
                .login(accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);

        var asPlatform = json(
                client.get("/api/v1/auth/audit?userId=" + member.id(), TestHttp.bearer(TestTokens.platformAdmin())));
        var asOrgAdmin = json(client.get("/api/v1/auth/audit?limit=200", orgAdmin.bearer()));
        var failures =
                json(client.get("/api/v1/auth/audit?type=LOGIN_FAILED&userId=" + member.id(), orgAdmin.bearer()));
        var asDriver = client.get(
                "/api/v1/auth/audit", client.login(outsider.email(), PASSWORD).bearer());

        assertThat(types(asPlatform)).containsExactly("LOGGED_OUT", "LOGIN_SUCCEEDED", "LOGIN_FAILED");
        assertThat(asPlatform.get(2).get("identifier").asString()).isEqualTo(member.email());
        assertThat(asPlatform.get(2).get("ip").asString()).isEqualTo(client.address());
        assertThat(userIds(asOrgAdmin))
                .contains(member.id().toString())
                .doesNotContain(outsider.id().toString());
        assertThat(types(failures)).containsExactly("LOGIN_FAILED");
        assertThat(asDriver.statusCode()).isEqualTo(403);
    }

    private static List<String> types(tools.jackson.databind.JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    private static List<String> userIds(tools.jackson.databind.JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(
                e -> ids.add(e.get("userId").isNull() ? "" : e.get("userId").asString()));
        return ids;
    }
}
