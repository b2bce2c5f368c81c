package io.evzone.session.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.CommandCompleted;
import io.evzone.contracts.charger.CommandRequested;
import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.platform.messaging.EventJson;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The session service on real PostgreSQL and Kafka, with the test playing the OCPP gateway: it
 * asks questions, reports charger events, reads replies and commands, and answers commands.
 */
@EvzoneIntegrationTest
@TestPropertySource(properties = {"evzone.session.command-wait=4s", "evzone.session.update-interval=0s"})
abstract class SessionServiceIT {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    EventPublisher publisher;

    @Autowired
    EventJson eventJson;

    @Autowired
    tools.jackson.databind.json.JsonMapper jsonMapper;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    final KafkaTap tap = KafkaTap.get();

    TestHttp http() {
        return new TestHttp(port);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new charger of the organization, known to the session service through a station event. */
    String charger(String organizationId, OcppVersion version) {
        String cp = unique("CP");
        send(
                Topics.STATION_EVENTS,
                cp,
                new ChargerRegistered(
                        cp, organizationId, version, 1, null, RegistrationStatus.ACCEPTED, false, Instant.now()));
        await().atMost(WAIT)
                .until(() -> jdbc.sql("SELECT count(*) FROM charger WHERE charge_point_id = :cp")
                                .param("cp", cp)
                                .query(Integer.class)
                                .single()
                        == 1);
        return cp;
    }

    /** Registers an id token through the API. */
    String idToken(String organizationId, String userId, String status, Instant expiresAt) {
        String value = unique("TAG").toUpperCase();
        String body = """
                {"value":"%s","type":"RFID","userId":%s,"status":"%s","expiresAt":%s}""".formatted(
                        value,
                        userId == null ? "null" : "\"" + userId + "\"",
                        status,
                        expiresAt == null ? "null" : "\"" + expiresAt + "\"");
        var response = http().post(
                        "/api/v1/id-tokens",
                        body,
                        TestHttp.bearer(TestTokens.withPermissions(organizationId, "id_tokens.manage")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return value;
    }

    void send(String topic, String key, Object payload) {
        try {
            publisher.publish(topic, key, payload).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void report(Object event) {
        String cp = switch (event) {
            case TransactionReported t -> t.ocppId();
            case io.evzone.contracts.charger.MeterValuesReported m -> m.ocppId();
            case io.evzone.contracts.charger.ChargerBooted b -> b.ocppId();
            default -> throw new IllegalArgumentException();
        };
        send(Topics.CHARGER_EVENTS, cp, event);
    }

    ChargerAnswer.AuthorizeReply askAuthorize(String cp, String idTag) {
        return ask(
                new ChargerQuestion.AuthorizeQuestion(
                        UUID.randomUUID().toString(),
                        cp,
                        "gw-test",
                        Instant.now().plusSeconds(5),
                        IdToken.ofIdTag(idTag)),
                ChargerAnswer.AuthorizeReply.class);
    }

    ChargerAnswer.TransactionReply askTransaction(TransactionReported t) {
        return ask(
                new ChargerQuestion.TransactionQuestion(
                        UUID.randomUUID().toString(),
                        t.ocppId(),
                        "gw-test",
                        Instant.now().plusSeconds(5),
                        t),
                ChargerAnswer.TransactionReply.class);
    }

    <R extends ChargerAnswer> R ask(ChargerQuestion question, Class<R> replyType) {
        send(Topics.OCPP_REQUESTS, question.ocppId(), question);
        await().atMost(WAIT)
                .until(() -> !tap.on(Topics.OCPP_REPLIES, v -> v.contains(question.questionId()))
                        .isEmpty());
        R answer = eventJson
                .read(
                        tap.on(Topics.OCPP_REPLIES, v -> v.contains(question.questionId()))
                                .getFirst()
                                .value(),
                        replyType)
                .payload();
        assertThat(answer.questionId()).isEqualTo(question.questionId());
        assertThat(answer.replyTo()).isEqualTo("gw-test");
        return answer;
    }

    /** The command the service published for the charger, once it arrives. */
    CommandRequested commandFor(String cp, String action) {
        await().atMost(WAIT).until(() -> !commands(cp, action).isEmpty());
        return commands(cp, action).getLast();
    }

    private List<CommandRequested> commands(String cp, String action) {
        return tap.on(Topics.OCPP_COMMANDS, v -> v.contains(cp)).stream()
                .map(r -> eventJson.read(r.value(), CommandRequested.class).payload())
                .filter(c -> c.ocppId().equals(cp) && c.operation().equals(action))
                .toList();
    }

    /** The command's fields as published, with its {@code operation}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fields(CommandRequested command) {
        return jsonMapper.convertValue(command.command(), Map.class);
    }

    void completeCommand(CommandRequested command, CommandStatus status) {
        send(
                Topics.OCPP_COMMAND_RESULTS,
                command.ocppId(),
                new CommandCompleted(
                        command.commandId(),
                        command.ocppId(),
                        command.operation(),
                        status,
                        Map.of("status", status == CommandStatus.ACCEPTED ? "Accepted" : "Rejected"),
                        Instant.now()));
    }

    /** The session events (type and payload JSON) published about a charger. */
    List<String> sessionEvents(String cp, String type) {
        return tap.on(Topics.SESSION_EVENTS, v -> v.contains(cp) && v.contains("\"type\":\"" + type + "\"")).stream()
                .map(r -> r.value())
                .toList();
    }

    Map<String, Object> session(String cp, String transactionId) {
        return jdbc.sql("SELECT * FROM charging_session WHERE charge_point_id = :cp AND transaction_id = :tx")
                .param("cp", cp)
                .param("tx", transactionId)
                .query()
                .singleRow();
    }

    int sessionsOn(String cp) {
        return jdbc.sql("SELECT count(*) FROM charging_session WHERE charge_point_id = :cp")
                .param("cp", cp)
                .query(Integer.class)
                .single();
    }

    static String operator(String org) {
        return TestTokens.token(unique("operator"), org, "operator", Set.of("sessions.read", "sessions.manage"));
    }

    static String driver(String userId, String org) {
        return TestTokens.token(userId, org, "driver", Set.of("sessions.own"));
    }
}
