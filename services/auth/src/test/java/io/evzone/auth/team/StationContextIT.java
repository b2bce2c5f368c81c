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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The console's station picker (CLIENT-API): GET /users/me/station-contexts, POST /users/me/station-context. */
@AuthIntegrationTest
class StationContextIT {

    private static final String THREE_STATIONS = """
            [{"stationId":"ST-1","role":"ATTENDANT","isPrimary":true},
             {"stationId":"ST-2","role":"CASHIER","isActive":false},
             {"stationId":"ST-3","role":"MANAGER","shiftStart":"08:00","shiftEnd":"16:00","timezone":"Africa/Kampala"}]""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private AuthClient client;
    private TestAccounts accounts;
    private Session orgAdmin;
    private User member;
    private String assignments;

    @BeforeEach
    void setUp() {
        client = new AuthClient(port);
        accounts = new TestAccounts(context);
        Organization org = accounts.anOrganization("Contexts");
        orgAdmin = client.login(
                accounts.aUser().memberOf(org, "org_admin").create().email(), PASSWORD);
        member = accounts.aUser().memberOf(org, "technician").create();
        assignments = "/api/v1/users/team/" + member.id() + "/assignments";
    }

    @Test
    void aMemberListsTheirActiveAssignmentsAndTheSelectedOneIsKept() {
        JsonNode given = json(client.put(assignments, THREE_STATIONS, orgAdmin.bearer()));
        String third = given.get(2).get("id").asString();
        Session session = client.login(member.email(), PASSWORD);

        JsonNode contexts = json(client.get("/api/v1/users/me/station-contexts", session.bearer()));
        var selected = client.post(
                "/api/v1/users/me/station-context", "{\"assignmentId\":\"" + third + "\"}", session.bearer());

        assertThat(contexts.findValuesAsString("stationId")).containsExactly("ST-1", "ST-3");
        assertThat(contexts.get(1).get("assignmentId").asString()).isEqualTo(third);
        assertThat(contexts.get(1).get("timezone").asString()).isEqualTo("Africa/Kampala");
        assertThat(contexts.get(1).get("selected").asBoolean()).isFalse();
        assertThat(selected.statusCode()).as(selected.body()).isEqualTo(200);
        assertThat(json(selected).get("selected").asBoolean()).isTrue();
        JsonNode me = json(client.get("/api/v1/users/me", session.bearer()));
        assertThat(me.get("stationContext").get("assignmentId").asString()).isEqualTo(third);
        assertThat(me.get("stationContext").get("stationId").asString()).isEqualTo("ST-3");
        JsonNode relisted = json(client.get("/api/v1/users/me/station-contexts", session.bearer()));
        assertThat(relisted.get(1).get("selected").asBoolean()).isTrue();
        Session later = client.login(member.email(), PASSWORD);
        assertThat(later.user().get("stationContext").get("stationId").asString())
                .isEqualTo("ST-3");
    }

    @Test
    void anAssignmentKeepsItsIdWhileTheStationStaysAndTheSelectionEndsWithIt() {
        JsonNode first = json(client.put(assignments, THREE_STATIONS, orgAdmin.bearer()));
        Session session = client.login(member.email(), PASSWORD);
        String third = first.get(2).get("id").asString();
        client.post("/api/v1/users/me/station-context", "{\"assignmentId\":\"" + third + "\"}", session.bearer());

        JsonNode again = json(client.put(
                assignments,
                THREE_STATIONS
                        .replace("\"isPrimary\":true", "\"isPrimary\":false")
                        .replace("\"MANAGER\",", "\"MANAGER\",\"isPrimary\":true,"),
                orgAdmin.bearer()));

        assertThat(again.findValuesAsString("id")).isEqualTo(first.findValuesAsString("id"));
        assertThat(again.get(2).get("isPrimary").asBoolean()).isTrue();
        assertThat(json(client.get("/api/v1/users/me", session.bearer()))
                        .get("stationContext")
                        .get("stationId")
                        .asString())
                .isEqualTo("ST-3");
        client.put(assignments, "[{\"stationId\":\"ST-1\",\"role\":\"ATTENDANT\"}]", orgAdmin.bearer());
        assertThat(json(client.get("/api/v1/users/me", session.bearer()))
                        .get("stationContext")
                        .isNull())
                .isTrue();
    }

    @Test
    void onlyTheCallersOwnActiveAssignmentsCanBeSelected() {
        JsonNode given = json(client.put(assignments, THREE_STATIONS, orgAdmin.bearer()));
        Session session = client.login(member.email(), PASSWORD);
        String inactive = given.get(1).get("id").asString();
        String othersAssignment = json(client.put(
                        "/api/v1/users/team/" + orgAdmin.userId() + "/assignments",
                        "[{\"stationId\":\"ST-9\",\"role\":\"MANAGER\"}]",
                        orgAdmin.bearer()))
                .get(0)
                .get("id")
                .asString();

        for (String id :
                new String[] {inactive, othersAssignment, UUID.randomUUID().toString()}) {
            var refused = client.post(
                    "/api/v1/users/me/station-context", "{\"assignmentId\":\"" + id + "\"}", session.bearer());
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
            assertThat(refused.body()).contains("assignmentId");
        }
        var malformed = client.post("/api/v1/users/me/station-context", "{\"assignmentId\":\"x\"}", session.bearer());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("assignmentId");
        assertThat(json(client.get("/api/v1/users/me", session.bearer()))
                        .get("stationContext")
                        .isNull())
                .isTrue();
    }
}
