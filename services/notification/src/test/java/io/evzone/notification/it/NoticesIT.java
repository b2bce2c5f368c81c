package io.evzone.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.auth.MembershipChanged;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** An operator's notice reaches every active member of their organization, and no one else. */
class NoticesIT extends NotificationServiceIT {

    private final EventPublisher publisher;
    private final TestHttp http;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    @Autowired
    NoticesIT(EventPublisher publisher, @LocalServerPort int port, JsonMapper json, JdbcClient jdbc) {
        this.publisher = publisher;
        this.http = new TestHttp(port);
        this.json = json;
        this.jdbc = jdbc;
    }

    @Test
    void aNoticeReachesTheOrganizationsActiveMembersOnly() {
        String organization = "org-" + UUID.randomUUID();
        String member = UUID.randomUUID().toString();
        String suspended = UUID.randomUUID().toString();
        String outsider = UUID.randomUUID().toString();
        join(member, organization, "ACTIVE");
        join(suspended, organization, "SUSPENDED");
        join(outsider, "org-" + UUID.randomUUID(), "ACTIVE");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM notification.membership WHERE user_id IN (?, ?, ?)")
                                .params(member, suspended, outsider)
                                .query(Long.class)
                                .single()
                        == 3);

        String operator = TestTokens.withPermissions(organization, "organizations.manage");
        var published = http.post(
                "/api/v1/notices",
                "{\"title\":\"Planned maintenance\",\"message\":\"Site A closes at 22:00\"}",
                TestHttp.bearer(operator));

        assertThat(published.statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> feedOf(member).contains("Site A closes at 22:00"));
        assertThat(feedOf(suspended)).isEqualTo("[]");
        assertThat(feedOf(outsider)).isEqualTo("[]");
        var listed = json.readTree(
                http.get("/api/v1/notices", TestHttp.bearer(operator)).body());
        assertThat(listed.get(0).path("title").asString()).isEqualTo("Planned maintenance");
        assertThat(http.get("/api/v1/notices/templates", TestHttp.bearer(operator))
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get(
                                "/api/v1/notices",
                                TestHttp.bearer(TestTokens.token(member, organization, "driver", Set.of())))
                        .statusCode())
                .isEqualTo(403);
    }

    private void join(String userId, String organizationId, String status) {
        var change = new MembershipChanged(
                userId, organizationId, "STATION_OPERATOR", status, MembershipChanged.ADDED, "admin");
        publisher
                .publish(Topics.AUTH_EVENTS, EventEnvelope.of("auth", userId, null, change))
                .join();
    }

    private String feedOf(String userId) {
        return http.get("/api/v1/notifications", TestHttp.bearer(TestTokens.token(userId, null, "driver", Set.of())))
                .body();
    }
}
