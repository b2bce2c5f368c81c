package io.evzone.auth.team;

import static io.evzone.auth.support.AuthClient.json;
import static io.evzone.auth.support.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.Organization;
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

/** The team screens' paths (CLIENT-API): GET /users/team answered 400 when /users/{id} caught it. */
@AuthIntegrationTest
class TeamIT {

    private static final String ASSIGNMENTS = """
            [{"stationId":"ST-1","role":"ATTENDANT","isPrimary":true,"isActive":true,
              "shiftStart":"08:00","shiftEnd":"16:00","timezone":"Africa/Kampala"},
             {"stationId":"ST-2","role":"CASHIER","isPrimary":false,"isActive":false}]""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private AuthClient client;
    private TestAccounts accounts;
    private Organization org;
    private Session orgAdmin;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        accounts = new TestAccounts(context);
        org = accounts.anOrganization("Team");
        orgAdmin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);
    }

    @Test
    void theTeamIsServedByItsOwnRouteNotTakenForAnId() {
        User member = accounts.aUser().memberOf(org, "technician").create();

        HttpResponse<String> team = client.get("/api/v1/users/team", orgAdmin.bearer());

        assertThat(team.statusCode()).isEqualTo(200);
        assertThat(team.body()).contains(member.email());
        assertThat(client.get("/api/v1/users/not-a-route", orgAdmin.bearer()).statusCode())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/organizations/not-a-route", orgAdmin.bearer())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMembersRoleChangesThroughTheTeam() {
        User member = accounts.aUser().memberOf(org, "technician").create();

        HttpResponse<String> changed =
                client.patch("/api/v1/users/team/" + member.id(), "{\"role\":\"station_manager\"}", orgAdmin.bearer());

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("role").asString()).isEqualTo("STATION_ADMIN");
    }

    @Test
    void stationAssignmentsAreReplacedAndReadBack() {
        User member = accounts.aUser().memberOf(org, "technician").create();
        String path = "/api/v1/users/team/" + member.id() + "/assignments";

        HttpResponse<String> put = client.put(path, ASSIGNMENTS, orgAdmin.bearer());
        HttpResponse<String> read = client.get(path, orgAdmin.bearer());

        assertThat(put.statusCode()).isEqualTo(200);
        var assignments = json(read);
        assertThat(assignments.size()).isEqualTo(2);
        assertThat(assignments.get(0).get("stationId").asString()).isEqualTo("ST-1");
        assertThat(assignments.get(0).get("isPrimary").asBoolean()).isTrue();
        assertThat(assignments.get(0).get("shiftStart").asString()).isEqualTo("08:00:00");
        assertThat(assignments.get(0).get("timezone").asString()).isEqualTo("Africa/Kampala");
        assertThat(assignments.get(1).get("isActive").asBoolean()).isFalse();
    }

    @Test
    void assignmentsAreRefusedByFieldAndOutsideTheTeam() {
        User member = accounts.aUser().memberOf(org, "technician").create();
        User outsider = accounts.aUser().create();
        String path = "/api/v1/users/team/" + member.id() + "/assignments";

        HttpResponse<String> twoPrimaries = client.put(
                path,
                "[{\"stationId\":\"A\",\"role\":\"X\",\"isPrimary\":true},"
                        + "{\"stationId\":\"B\",\"role\":\"X\",\"isPrimary\":true}]",
                orgAdmin.bearer());
        HttpResponse<String> badZone = client.put(
                path,
                "[{\"stationId\":\"A\",\"role\":\"X\",\"shiftStart\":\"08:00\",\"shiftEnd\":\"09:00\","
                        + "\"timezone\":\"Mars/Olympus\"}]",
                orgAdmin.bearer());
        HttpResponse<String> foreign =
                client.get("/api/v1/users/team/" + outsider.id() + "/assignments", orgAdmin.bearer());

        assertThat(twoPrimaries.statusCode()).isEqualTo(400);
        assertThat(twoPrimaries.body()).contains("isPrimary");
        assertThat(badZone.statusCode()).isEqualTo(400);
        assertThat(badZone.body()).contains("timezone");
        assertThat(foreign.statusCode()).isEqualTo(404);
    }
}
