package io.evzone.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.auth.MembershipChanged;
import io.evzone.contracts.auth.UserRegistered;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users as auth announces them, and what reached each of them: their feed, their mail, their deliveries. */
final class People {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventPublisher publisher;
    private final JdbcClient jdbc;
    private final TestHttp http;
    private final JsonMapper json;
    private final GreenMail mail;

    People(EventPublisher publisher, JdbcClient jdbc, TestHttp http, JsonMapper json, GreenMail mail) {
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.http = http;
        this.json = json;
        this.mail = mail;
    }

    /** A new user with an email address, once notification knows them. */
    String registered(String name) {
        String userId = UUID.randomUUID().toString();
        var user = new UserRegistered(userId, emailOf(userId), null, name, UserRegistered.SELF_SERVICE, "ACTIVE");
        publisher
                .publish(Topics.AUTH_EVENTS, EventEnvelope.of("auth", userId, null, user))
                .join();
        await().atMost(PATIENCE).until(() -> count("recipient", userId) == 1);
        return userId;
    }

    /** A new user who is an active member of the organization. */
    String memberOf(String organizationId, String name) {
        String userId = registered(name);
        var joined = new MembershipChanged(userId, organizationId, "operator", "ACTIVE", MembershipChanged.ADDED, null);
        publisher
                .publish(Topics.AUTH_EVENTS, EventEnvelope.of("auth", userId, null, joined))
                .join();
        await().atMost(PATIENCE).until(() -> count("membership", userId) == 1);
        return userId;
    }

    static String emailOf(String userId) {
        return "user-" + userId + "@example.test";
    }

    static String tokenOf(String userId) {
        return TestTokens.token(userId, null, "driver", Set.of());
    }

    List<JsonNode> awaitFeed(String userId, int size) {
        return await().atMost(PATIENCE).until(() -> feed(userId), items -> items.size() >= size);
    }

    List<JsonNode> feed(String userId) {
        var response = http.get("/api/v1/notifications", TestHttp.bearer(tokenOf(userId)));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().toList();
    }

    /** The subjects of the mail the user received, once there are at least {@code count}. */
    List<String> awaitMail(String userId, int count) {
        return await().atMost(PATIENCE).until(() -> mailTo(emailOf(userId)), list -> list.size() >= count).stream()
                .map(People::subjectOf)
                .toList();
    }

    /** The user's deliveries as an operator lists them, optionally of one status only. */
    List<JsonNode> deliveries(String userId, String status) {
        String query =
                "/api/v1/notifications/deliveries?userId=" + userId + (status == null ? "" : "&status=" + status);
        var response = http.get(query, TestHttp.bearer(TestTokens.platformAdmin()));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).valueStream().toList();
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String table, String userId) {
        return jdbc.sql("SELECT count(*) FROM notification." + table + " WHERE user_id = ?")
                .param(userId)
                .query(Integer.class)
                .single();
    }
}
