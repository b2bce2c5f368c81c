package io.evzone.notification.push.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.delivery.domain.TestDeliveries;
import io.evzone.notification.push.application.PushSender;
import io.evzone.notification.push.domain.PushSubscription;
import io.evzone.notification.push.domain.PushSubscriptions;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Web Push and FCM (with its OAuth token endpoint) against their HTTP APIs played by WireMock. */
class PushProvidersTest {

    private static final WireMockServer API = new WireMockServer(options().dynamicPort());
    private static final String FCM_SEND = "/v1/projects/evzone-test/messages:send";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair browser = P256.generate();
    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private PushSender push;

    @BeforeAll
    static void start() {
        API.start();
    }

    @AfterAll
    static void stop() {
        API.stop();
    }

    @BeforeEach
    void providers() throws Exception {
        API.resetAll();
        String base = "http://localhost:" + API.port();
        var vapid = new WebPushService.Vapid(P256.generate(), "mailto:ops@evzone.test");
        var account = GoogleAccessTokens.ServiceAccount.parse(serviceAccountJson(), base + "/token", JSON);
        var tokens = new GoogleAccessTokens(account, JSON, Clock.systemUTC());
        push = new PushSender(
                subscriptions,
                List.of(
                        new WebPushService(vapid, JSON, Clock.systemUTC()),
                        new FirebaseMessaging(base, account.projectId(), tokens, JSON)));
        API.stubFor(post(urlEqualTo("/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"ya29.test\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")));
    }

    @Test
    void webPushPostsTheEncryptedPayloadWithAVapidTokenAndTheBrowserCanReadIt() {
        API.stubFor(post(urlEqualTo("/push/abc"))
                .willReturn(aResponse().withStatus(201).withHeader("Location", "/m/1")));
        subscriptions.add(webPush("/push/abc"));

        SendOutcome outcome = push.send(delivery(), message());

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("push", "/m/1"));
        API.verify(postRequestedFor(urlEqualTo("/push/abc"))
                .withHeader("Content-Encoding", equalTo("aes128gcm"))
                .withHeader("TTL", matching("\\d+"))
                .withHeader("Authorization", matching("vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=[\\w-]{87}")));
        byte[] body = API.getAllServeEvents().getFirst().getRequest().getBody();
        assertThat(body.length).isGreaterThan(86);
    }

    @Test
    void aWebPushSubscriptionThePushServiceSaysIsGoneIsDeleted() {
        API.stubFor(post(urlEqualTo("/push/gone")).willReturn(aResponse().withStatus(410)));
        API.stubFor(post(urlEqualTo("/push/alive")).willReturn(aResponse().withStatus(201)));
        subscriptions.add(webPush("/push/gone"));
        PushSubscription alive = subscriptions.add(webPush("/push/alive"));

        SendOutcome outcome = push.send(delivery(), message());

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(subscriptions.all).containsExactly(alive);
    }

    @Test
    void fcmSendsWithTheBearerTokenFromTheJwtGrant() {
        API.stubFor(post(urlEqualTo(FCM_SEND))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"name\":\"projects/evzone-test/messages/0:1\"}")));
        subscriptions.add(fcm("device-token-1"));

        SendOutcome outcome = push.send(delivery(), message());

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("push", "projects/evzone-test/messages/0:1"));
        API.verify(postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"))
                .withRequestBody(matching(".*assertion=[\\w-]+\\.[\\w-]+\\.[\\w-]+")));
        API.verify(postRequestedFor(urlEqualTo(FCM_SEND))
                .withHeader("Authorization", equalTo("Bearer ya29.test"))
                .withRequestBody(matchingJsonPath("$.message.token", equalTo("device-token-1")))
                .withRequestBody(matchingJsonPath("$.message.notification.title", equalTo("Charging complete")))
                .withRequestBody(matchingJsonPath("$.message.data.sessionId", equalTo("s-1"))));
    }

    @Test
    void anUnregisteredOrInvalidFcmTokenIsDeletedAndNothingIsSent() {
        API.stubFor(post(urlEqualTo(FCM_SEND))
                .withRequestBody(matchingJsonPath("$.message.token", equalTo("uninstalled")))
                .willReturn(aResponse().withStatus(404).withBody("""
                        {"error":{"code":404,"status":"NOT_FOUND","message":"Requested entity was not found.",
                        "details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}""")));
        API.stubFor(post(urlEqualTo(FCM_SEND))
                .withRequestBody(matchingJsonPath("$.message.token", equalTo("garbage")))
                .willReturn(aResponse().withStatus(400).withBody("""
                        {"error":{"code":400,"status":"INVALID_ARGUMENT",
                        "message":"The registration token is not a valid FCM registration token"}}""")));
        subscriptions.add(fcm("uninstalled"));
        subscriptions.add(fcm("garbage"));

        SendOutcome outcome = push.send(delivery(), message());

        assertThat(outcome).isEqualTo(new SendOutcome.Skipped("recipient: no push subscriptions"));
        assertThat(subscriptions.all).isEmpty();
    }

    @Test
    void aPushServiceInTroubleIsRetriedAndTheSubscriptionKept() {
        API.stubFor(post(urlEqualTo(FCM_SEND)).willReturn(aResponse().withStatus(503)));
        subscriptions.add(fcm("device-token-1"));

        SendOutcome outcome = push.send(delivery(), message());

        assertThat(outcome).isInstanceOf(SendOutcome.Retryable.class);
        assertThat(subscriptions.all).hasSize(1);
    }

    private PushSubscription webPush(String path) {
        return new PushSubscription(
                UUID.randomUUID(),
                "u1",
                PushSubscription.Kind.WEB_PUSH,
                "http://localhost:" + API.port() + path,
                B64.encodeToString(P256.encode((ECPublicKey) browser.getPublic())),
                B64.encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII)),
                null,
                Instant.now());
    }

    private static PushSubscription fcm(String token) {
        return new PushSubscription(
                UUID.randomUUID(), "u1", PushSubscription.Kind.FCM, null, null, null, token, Instant.now());
    }

    private static Delivery delivery() {
        return TestDeliveries.sending(
                Channel.PUSH, "u1", "session.stopped", Map.of("sessionId", "s-1", "code", "123456"));
    }

    private static RenderedMessage message() {
        return new RenderedMessage("Charging complete", "text", "<p>html</p>", "32.4 kWh delivered");
    }

    private static String serviceAccountJson() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(rsa.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return JSON.writeValueAsString(Map.of(
                "type", "service_account",
                "project_id", "evzone-test",
                "client_email", "fcm@evzone-test.iam.gserviceaccount.com",
                "private_key", pem,
                "token_uri", "https://oauth2.googleapis.com/token"));
    }

    private static final class InMemorySubscriptions implements PushSubscriptions {

        private final List<PushSubscription> all = new ArrayList<>();

        @Override
        public List<PushSubscription> of(String userId, int limit, int offset) {
            return List.copyOf(all);
        }

        @Override
        public PushSubscription add(PushSubscription subscription) {
            all.add(subscription);
            return subscription;
        }

        @Override
        public boolean remove(String userId, UUID id) {
            return all.removeIf(s -> s.id().equals(id));
        }

        @Override
        public void forget(UUID id) {
            all.removeIf(s -> s.id().equals(id));
        }
    }
}
